"""Модуль со свойством: присваивание config.level проверяется."""

import sys
import types

LEVELS = ("DEBUG", "INFO", "ERROR")
_level = "INFO"


class _ConfigModule(types.ModuleType):
    @property
    def level(self):
        return _level

    @level.setter
    def level(self, value):
        global _level
        if value not in LEVELS:
            raise ValueError(f"level должен быть одним из {LEVELS}, а не {value!r}")
        _level = value


sys.modules[__name__].__class__ = _ConfigModule
