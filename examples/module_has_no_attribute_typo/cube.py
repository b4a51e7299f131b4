import math

print(math.cbrt(8))  # функция появилась в Python 3.11
