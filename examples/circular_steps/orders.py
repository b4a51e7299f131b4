print("orders.py: начало")

import sys

users = sys.modules["users"]  # модуль уже в кэше, хотя users.py не выполнен до конца
print("orders.py: users в sys.modules, его имена:", [n for n in vars(users) if not n.startswith("__")])

from users import User


class Order:
    def __init__(self, user, item):
        self.user = user
        self.item = item


print("orders.py: конец")
