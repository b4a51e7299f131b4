# Те же users.py и orders.py, что в circular_error, но в пакете shop.
from shop.users import User
from shop.orders import guest_order

order = User("Аня").place_order("книга")
print(order.user.name, "заказала:", order.item)
order = guest_order("ручка")
print(order.user.name, "заказал:", order.item)
