# @override появился в typing только в Python 3.12; typing_extensions даёт его и раньше.
from typing_extensions import override


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @override  # проверяльщик типов убедится, что Shape.area существует
    def area(self):
        return self.side**2


print(Square(3).area())
