# Диагностика: под каким именем выполняется модуль и от какого пакета считать точки
print("views: __name__ =", repr(__name__), "| __package__ =", repr(__package__))

from ..settings import DEBUG

print("DEBUG =", DEBUG)
