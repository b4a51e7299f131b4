"""Чтение настроек из строк вида «ключ = значение».

Версия 2.0: функция load_config переименована в read_config.
Старое имя пока работает, но предупреждает DeprecationWarning.
"""

import warnings

# старое имя → новое
_RENAMED = {"load_config": "read_config"}


def read_config(text):
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            config[key.strip()] = value.strip()
    return config


def __getattr__(name):
    # вызывается, только если обычный поиск имени в модуле ничего не нашёл
    if name in _RENAMED:
        new_name = _RENAMED[name]
        message = f"{name} устарело, используйте {new_name}"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return globals()[new_name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
