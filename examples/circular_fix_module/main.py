from users import User
from orders import guest_order

order = User("Аня").place_order("книга")
print(order.user.name, "заказала:", order.item)
order = guest_order("ручка")
print(order.user.name, "заказал:", order.item)
