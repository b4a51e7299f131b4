from enum import StrEnum


class Color(StrEnum):
    RED = "red"
