from orders import Order


class User:
    def __init__(self, name: str) -> None:
        self.name = name

    def place_order(self, item: str) -> Order:
        return Order(self, item)
