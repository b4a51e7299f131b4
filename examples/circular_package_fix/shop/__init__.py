from .cart import Cart
from .models import Product

__all__ = ["Cart", "Product"]
