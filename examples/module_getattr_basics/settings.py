"""Настройки: одно имя задано обычно, другое вычисляется при обращении."""

DEBUG = False


def __getattr__(name):
    print(f"  вызван __getattr__({name!r})")
    if name == "TIMEOUT":
        return 30
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
