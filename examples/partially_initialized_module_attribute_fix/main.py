import users

order = users.User("Аня").place_order("книга")
print(order.user.name, "заказала:", order.item)
