from .users import User


class Order:
    def __init__(self, user, item):
        self.user = user
        self.item = item


def guest_order(item):
    """Заказ без регистрации: покупатель — гость."""
    return Order(User("гость"), item)
