"""python main.py [keep-cache]"""
import sys

import json_modules

try:
    import settings
except ModuleNotFoundError as error:
    print("До установки хука:", error)

json_modules.install(clear_cache="keep-cache" not in sys.argv)
print("sys.path_hooks[0]:", sys.path_hooks[0].__qualname__)

try:
    import settings
except ModuleNotFoundError as error:
    print("После установки хука:", error)
else:
    print("settings.title =", settings.title, "| settings.debug =", settings.debug)
    print("origin:", settings.__spec__.origin)
    print("loader:", type(settings.__spec__.loader).__name__)

import greet  # обычные .py по-прежнему импортируются

print("greet:", type(greet.__spec__.loader).__name__)
