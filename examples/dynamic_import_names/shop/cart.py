print("выполняется shop/cart.py")


def total(prices):
    return sum(prices)
