import sys

# python main.py модуль runpy не загружает: его ещё нет в кэше.
print("runpy в sys.modules:", "runpy" in sys.modules)

import runpy  # noqa: E402

print("runpy загружен из:", runpy.__spec__.origin)
