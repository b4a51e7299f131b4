"""Скрипт, который печатает собственные атрибуты."""
import sys

from describe import show

show(sys.modules[__name__])
