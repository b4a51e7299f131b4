"""Модуль с __all__."""

import os

__all__ = ["save", "_VERSION"]

_VERSION = "1.0"


def save(data):
    """Сохранить данные."""
    return str(data)


def load(path):
    """Прочитать данные."""
    return os.path.basename(path)


def _exists(path):
    return os.path.exists(path)
