# Функция discount на самом деле лежит в shop/prices.py.
from shop import discount

print(discount(1000, 15))
