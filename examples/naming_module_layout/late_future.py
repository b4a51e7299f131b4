"""Здесь __all__ стоит раньше from __future__."""

__all__ = ["circle_area"]

from __future__ import annotations

print("Эта строка не выполнится")
