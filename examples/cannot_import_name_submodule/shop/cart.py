# Класса Item в models.py нет: он называется Product.
from .models import Item


class Cart:
    def __init__(self):
        self.items = []
