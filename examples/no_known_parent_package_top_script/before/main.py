from .utils import greet

print(greet("Аня"))
