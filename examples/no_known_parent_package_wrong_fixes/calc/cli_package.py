# «Исправление» 2: назначить пакет модуля вручную
__package__ = "calc"

from .ops import add

print("2 + 3 =", add(2, 3))
