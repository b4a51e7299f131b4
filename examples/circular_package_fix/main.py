from shop import Cart

cart = Cart()
cart.add("книга", 500)
cart.add("ручка", 40)
print("Итого:", cart.total())
