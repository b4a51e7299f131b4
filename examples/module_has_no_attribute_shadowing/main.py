import random

random.seed(2024)  # зерно: при каждом запуске выпадают одни и те же числа
print("Выпало:", random.randint(1, 6))
