import config
from config import handlers, level

config.set_level("DEBUG")  # функция модуля меняет его глобальное имя
print("config.level =", config.level)
print("level        =", level)

config.level = "ERROR"  # присваивание атрибуту модуля снаружи
print("config.level =", config.level)
print("level        =", level)

config.handlers.append("console")  # объект не заменён, а изменён
print("handlers     =", handlers)
