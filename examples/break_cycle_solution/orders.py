from money import format_price


class Order:
    def __init__(self, customer, item, price):
        self.customer = customer
        self.item = item
        self.price = price

    def describe(self):
        return f"{self.customer.name}: {self.item}, {format_price(self.price)}"
