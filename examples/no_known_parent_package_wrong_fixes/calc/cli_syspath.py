import os
import sys

# «Исправление» 1: добавить в sys.path папку над пакетом calc
sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from .ops import add

print("2 + 3 =", add(2, 3))
