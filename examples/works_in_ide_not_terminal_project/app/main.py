import os
import sys

print("Текущая папка:", os.getcwd())
print("sys.path[0]:  ", sys.path[0])
print("PYTHONPATH:   ", os.environ.get("PYTHONPATH", "не задан"))

from app import config

print("Готово:", config.__name__)
