"""Точка входа магазина: собирает корзину и печатает чек."""
from shop.cart import Cart


def main():
    cart = Cart()
    cart.add("Чай", 250, quantity=2)
    cart.add("Печенье", 120)
    for name, price, quantity in cart.items:
        print(f"{name:<10}{quantity} × {price} ₽")
    print("Итого:", cart.total(), "₽")


if __name__ == "__main__":
    main()
