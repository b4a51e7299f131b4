import importlib
from pathlib import Path

import shop

NEW_PRICES = """\
print("Выполняется код модуля shop.prices, версия 2")

PRICE = 250
"""

print("Цена:", shop.prices.PRICE)
prices_file = Path(shop.prices.__file__)
original = prices_file.read_text(encoding="utf-8")
prices_file.write_text(NEW_PRICES, encoding="utf-8")

importlib.reload(shop)
print("После reload(shop):", shop.prices.PRICE)
importlib.reload(shop.prices)
print("После reload(shop.prices):", shop.prices.PRICE)

prices_file.write_text(original, encoding="utf-8")  # вернём файл как был
