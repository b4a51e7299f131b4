"""Перевод температуры из градусов Цельсия в градусы Фаренгейта."""

print("Выполняется convert.py, __name__ =", repr(__name__))


def to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


# Демонстрация: проверяем функцию на известном значении.
print("Проверка: 100 °C =", to_fahrenheit(100), "°F")
