"""Скидки: функция для других модулей и расчёт из командной строки.

Запуск: python discount.py ЦЕНА ПРОЦЕНТ
"""
import sys


def apply_discount(price, percent):
    """Цена после скидки в percent процентов, с точностью до копейки."""
    return round(price * (100 - percent) / 100, 2)


if __name__ == "__main__":
    # Расчёт для одной покупки: только при запуске файла, не при импорте.
    price = float(sys.argv[1])
    percent = float(sys.argv[2])
    print("Цена со скидкой:", apply_discount(price, percent))
