from users import User

anna = User("Аня")
anna.buy("книга", 450)
anna.buy("ручка", 60.5)
for order in anna.orders:
    print(order.describe())
print("Всего:", anna.total())
