print("Выполняется код пакета shop")

from shop import prices
