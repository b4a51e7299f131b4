"""Площади простых фигур."""

from __future__ import annotations

__all__ = ["circle_area", "square_area"]
__version__ = "1.0"

import math


def circle_area(radius: float) -> float:
    return math.pi * radius ** 2


def square_area(side: float) -> float:
    return side * side
