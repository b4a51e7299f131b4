"""Пакет imaging: ленивый подмодуль filters, и dir() о нём знает."""

import importlib

__all__ = ["open_image", "filters"]

_LAZY_SUBMODULES = {"filters"}


def open_image(path):
    return f"<картинка {path}>"


def __getattr__(name):
    if name in _LAZY_SUBMODULES:
        print(f"  вызван __getattr__({name!r})")
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _LAZY_SUBMODULES)
