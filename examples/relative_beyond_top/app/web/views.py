from ..settings import DEBUG

print("Модуль", __name__, "из пакета", __package__, "| DEBUG =", DEBUG)
