"""Вспомогательные вычисления пакета; пользователям они не нужны."""

import math


def circle_area(radius):
    return math.pi * radius ** 2


def round_area(value):
    # площади показываем с двумя знаками после запятой
    return round(value, 2)
