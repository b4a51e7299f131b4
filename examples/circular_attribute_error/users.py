import orders


class User:
    def __init__(self, name):
        self.name = name

    def place_order(self, item):
        return orders.Order(self, item)
