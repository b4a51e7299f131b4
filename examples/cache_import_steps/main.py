import importlib.util
import sys

print("Искатели:", sys.meta_path)
spec = importlib.util.find_spec("watched")
print("Спецификация:", spec.name, spec.origin)
print("watched в sys.modules:", "watched" in sys.modules)

import watched

print("После import имя watched есть в __main__:", "watched" in globals())
print(watched.value)
