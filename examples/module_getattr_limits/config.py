"""Имя TIMEOUT есть только как атрибут модуля, через __getattr__."""

import sys


def __getattr__(name):
    if name == "TIMEOUT":
        return 30
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def timeout_via_module():
    return sys.modules[__name__].TIMEOUT


def timeout_as_global():
    return TIMEOUT
