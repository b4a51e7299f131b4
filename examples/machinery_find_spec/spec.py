"""Спрашивает спецификации модулей по именам из командной строки."""
import importlib.util
import sys


def show(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(name, "→ None: модуль не найден")
        return
    print(name, "→", type(spec).__name__)
    print("  name:      ", repr(spec.name))
    print("  loader:    ", type(spec.loader).__name__)
    print("  origin:    ", repr(spec.origin))
    print("  submodule_search_locations:", spec.submodule_search_locations)
    print("  parent:    ", repr(spec.parent))
    print("  has_location:", spec.has_location)
    # В пути к .pyc есть тег версии (cpython-311): заменяем его на <tag>.
    print("  cached:    ", repr(spec.cached.replace(sys.implementation.cache_tag, "<tag>")))
    print("  в sys.modules:", name in sys.modules)
    if spec.parent and spec.parent != name:
        print("  родитель в sys.modules:", spec.parent in sys.modules)


for name in sys.argv[1:]:
    show(name)
