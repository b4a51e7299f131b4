print("Загружен prices.py, версия 1")


def total(count):
    return count * 100
