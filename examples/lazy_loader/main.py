import sys

from lazy import lazy_import

heavy = lazy_import("heavy")
print("main: lazy_import вернул объект типа", type(heavy).__name__)
print("main: heavy в sys.modules:", "heavy" in sys.modules)
print("main: первое обращение к атрибуту")
print("main: compute() =", heavy.compute())
print("main: второе обращение:", heavy.compute())
print("main: теперь тип объекта", type(heavy).__name__)
