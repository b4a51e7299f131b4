import sys

print("Выполняется код модуля broken; в sys.modules:", __name__ in sys.modules)
raise RuntimeError("в модуле ошибка")
