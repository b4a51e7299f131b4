"""Геометрические фигуры: круг и квадрат."""

from .shapes import Circle, Square

__all__ = ["Circle", "Square"]
