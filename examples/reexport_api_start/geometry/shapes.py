"""Классы фигур."""

from ._math import circle_area, round_area


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return round_area(circle_area(self.radius))


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return round_area(self.side ** 2)
