from orders import Order


def format_price(amount):
    """Цена для печати: два знака после точки и знак рубля."""
    return f"{amount:.2f} ₽"


class User:
    def __init__(self, name):
        self.name = name
        self.orders = []

    def buy(self, item, price):
        order = Order(self, item, price)
        self.orders.append(order)
        return order

    def total(self):
        return format_price(sum(order.price for order in self.orders))
