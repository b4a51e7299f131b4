# То же, но работает и там, где StrEnum ещё нет.
try:
    from enum import StrEnum  # Python 3.11 и новее
except ImportError:  # Python 3.10: простая замена
    from enum import Enum

    class StrEnum(str, Enum):
        def __str__(self):
            return self.value


class Color(StrEnum):
    RED = "red"
    GREEN = "green"


print(f"Цвет: {Color.RED}")
print(Color.GREEN == "green")
