from .orders import Order


class User:
    def __init__(self, name):
        self.name = name

    def place_order(self, item):
        return Order(self, item)
