import sys

__lazy_modules__ = ["json"]  # PEP 810: подсказка для Python 3.15 и новее
import json  # noqa: E402

lazy = "просто имя переменной"
print("lazy =", lazy)
print("json в sys.modules:", "json" in sys.modules)
