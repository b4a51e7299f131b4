"""Вид модуля по его спецификации: python kinds.py ИМЯ [ИМЯ ...]"""
import importlib
import importlib.machinery
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def loader_name(loader):
    # Встроенные и замороженные модули загружает сам класс, а не экземпляр.
    return loader.__name__ if isinstance(loader, type) else type(loader).__name__


def where(spec):
    if not spec.has_location:
        return repr(spec.origin)  # 'built-in', 'frozen' или None
    if spec.origin.startswith(HERE):
        return os.path.relpath(spec.origin, HERE)
    # Файл стандартной библиотеки: путь зависит от версии, печатаем имя.
    return "…/" + os.path.basename(spec.origin).split(".")[0] + ".*"


for name in sys.argv[1:]:
    print(name)
    spec = importlib.import_module(name).__spec__
    origin = spec.origin or ""
    print("  загрузчик:", loader_name(spec.loader))
    print("  origin:   ", where(spec))
    print("  в sys.builtin_module_names:", name in sys.builtin_module_names)
    print("  суффикс расширения:",
          origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)))
