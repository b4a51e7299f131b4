import sys

# Эти модули загружены ещё до первой строки скрипта:
print("builtins:", "builtins" in sys.modules)
print("__main__:", "__main__" in sys.modules)
print("os:", "os" in sys.modules)

print("colors до import:", "colors" in sys.modules)
import colors

print("colors после import:", "colors" in sys.modules)
print(sys.modules["colors"] is colors)

import colors as again
from colors import RED

print(again is colors, RED is colors.RED)
print(sys.modules["__main__"].__file__)
