"""Функция make_slug переименована в slugify; старое имя пока работает."""

import warnings

_RENAMED = {"make_slug": "slugify"}


def slugify(text):
    return "-".join(text.lower().split())


def __getattr__(name):
    if name in _RENAMED:
        new_name = _RENAMED[name]
        message = f"{name} устарело, используйте {new_name}"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return globals()[new_name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
