"""Скидки: функция для других модулей и расчёт из командной строки.

Запуск: python discount.py ЦЕНА ПРОЦЕНТ
"""
import sys


def apply_discount(price, percent):
    """Цена после скидки в percent процентов, с точностью до копейки."""
    return round(price * (100 - percent) / 100, 2)


# Расчёт для одной покупки: цена и процент скидки — из командной строки.
price = float(sys.argv[1])
percent = float(sys.argv[2])
print("Цена со скидкой:", apply_discount(price, percent))
