# Свой модуль проекта. Его имя совпало с модулем стандартной библиотеки.
def average(numbers):
    return sum(numbers) / len(numbers)
