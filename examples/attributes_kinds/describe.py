"""Печатает атрибуты модуля, которые заполняет система импорта."""
import importlib
import sys

NAMES = ("__name__", "__doc__", "__file__", "__package__",
         "__path__", "__cached__", "__loader__", "__spec__")


def short(value):
    """Значение без адресов памяти: у объектов печатаем только тип."""
    if value is None or isinstance(value, (str, bool, list)):
        return repr(value)
    if isinstance(value, type):  # загрузчик встроенного модуля — сам класс
        return "класс " + value.__name__
    return type(value).__name__


def show(module):
    attrs = vars(module)
    for name in NAMES:
        if name not in attrs:
            print(f"{name:12} нет атрибута")
            continue
        value = attrs[name]
        if name == "__doc__" and value:
            value = value.splitlines()[0]
        elif name == "__path__":
            value = type(value).__name__ + " " + repr(list(value))
        elif name == "__cached__" and value:
            # В имени .pyc есть тег версии (cpython-311): заменяем его на *.
            value = value.replace(sys.implementation.cache_tag, "*")
        print(f"{name:12} {value if name == '__path__' else short(value)}")

    spec = attrs.get("__spec__")
    if spec is not None:
        locations = spec.submodule_search_locations
        print("  .name                      ", repr(spec.name))
        print("  .origin                    ", repr(spec.origin))
        print("  .parent                    ", repr(spec.parent))
        print("  .submodule_search_locations",
              locations if locations is None else list(locations))
        print("  .has_location              ", spec.has_location)


if __name__ == "__main__":
    show(importlib.import_module(sys.argv[1]))
