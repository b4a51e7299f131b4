from shop import guest_order, place_order
from users import User

order = place_order(User("Аня"), "книга")
print(order.user.name, "заказала:", order.item)
order = guest_order("ручка")
print(order.user.name, "заказал:", order.item)
