class Order:
    def __init__(self, user, item):
        self.user = user
        self.item = item


def guest_order(item):
    """Заказ без регистрации: покупатель — гость."""
    from users import User  # импорт при вызове, а не при загрузке модуля

    return Order(User("гость"), item)
