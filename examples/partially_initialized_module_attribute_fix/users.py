class User:
    def __init__(self, name):
        self.name = name

    def place_order(self, item):
        import orders  # импорт при вызове: при загрузке users.py цикла нет

        return orders.Order(self, item)
