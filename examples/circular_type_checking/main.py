import typing

from orders import Order
from users import User

order = User("Аня").place_order("книга")
print(order.user.name, "заказала:", order.item)
print("typing.TYPE_CHECKING:", typing.TYPE_CHECKING)
print("Аннотации Order:", Order.__init__.__annotations__)

try:
    typing.get_type_hints(Order.__init__)
except NameError as error:
    print("get_type_hints:", error)
