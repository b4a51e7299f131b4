"""Чтение настроек из строк вида «ключ = значение».

Версия 2.0: функция load_config переименована в read_config.
"""


def read_config(text):
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            config[key.strip()] = value.strip()
    return config
