import sys

print("sys.path[0] =", repr(sys.path[0]))

# Python ищет пакет app в папках sys.path.
from app import config

print("Готово:", config.__name__)
