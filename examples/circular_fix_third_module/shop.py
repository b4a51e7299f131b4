from orders import Order
from users import User


def place_order(user, item):
    return Order(user, item)


def guest_order(item):
    """Заказ без регистрации: покупатель — гость."""
    return Order(User("гость"), item)
