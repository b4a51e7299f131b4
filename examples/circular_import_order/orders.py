print("orders.py: начало")

import users

GUEST = users.User("гость")  # users нужен сразу, при импорте


class Order:
    def __init__(self, user, item):
        self.user = user
        self.item = item


print("orders.py: конец")
