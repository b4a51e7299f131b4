# StrEnum — перечисление, члены которого ещё и строки.
from enum import StrEnum


class Color(StrEnum):
    RED = "red"
    GREEN = "green"


print(f"Цвет: {Color.RED}")
print(Color.GREEN == "green")
