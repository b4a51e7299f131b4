print("Выполняется код модуля shop.prices")

PRICE = 100
