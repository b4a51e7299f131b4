import users

GUEST = users.User("гость")  # покупатель по умолчанию


class Order:
    def __init__(self, user, item):
        self.user = user
        self.item = item
