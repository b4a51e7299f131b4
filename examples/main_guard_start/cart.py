"""Корзина: python cart.py ЦЕНА [ЦЕНА ...] — цены со скидкой 10 % и итог."""
import sys

import discount

total = 0
for arg in sys.argv[1:]:
    new_price = discount.apply_discount(float(arg), 10)
    print(arg, "->", new_price)
    total += new_price
print("Итого:", round(total, 2))
