print("Импортирован модуль", __name__)


def pay(amount):
    print(f"Оплачено картой: {amount} ₽")
