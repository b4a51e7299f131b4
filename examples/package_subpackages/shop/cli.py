"""Точка входа магазина. Запуск: python -m shop.cli"""
import shop.payments.card
from shop import cart
from shop.payments import card

cart.checkout([250, 100])

# import shop.payments.card связал здесь имя shop, путь до модуля — полный:
print(shop.payments.card.__name__)
# from shop.payments import card связал имя card с тем же объектом модуля:
print(card is shop.payments.card)
