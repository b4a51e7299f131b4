"""Настройки программы."""

level = "INFO"
handlers = []


def set_level(new_level):
    global level
    level = new_level
