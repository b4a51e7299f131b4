"""Модуль без __all__."""

import os
from json import dumps

VERSION = "1.0"
_cache = {}


def save(data):
    return dumps(data)


def _exists(path):
    return os.path.exists(path)
