import importlib
import sys

cart = importlib.import_module("shop.cart")
print("import_module:", cart.__name__)

top = __import__("shop.cart")
print("__import__:", top.__name__)
print("top.cart is cart:", top.cart is cart)

same = importlib.import_module(".cart", package="shop")
print(".cart в пакете shop:", same.__name__)
print("тот же объект:", same is cart)
print("это sys.modules['shop.cart']:", sys.modules["shop.cart"] is cart)

try:
    importlib.import_module(".cart")
except TypeError as exc:
    print("TypeError:", exc)
