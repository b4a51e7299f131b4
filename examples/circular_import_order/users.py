print("users.py: начало")

import orders


class User:
    def __init__(self, name):
        self.name = name

    def place_order(self, item):
        return orders.Order(self, item)  # orders нужен только при вызове


print("users.py: конец")
