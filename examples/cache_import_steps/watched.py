import sys

import __main__

print("Выполняется код модуля", __name__)
print("  модуль уже в sys.modules:", __name__ in sys.modules)
print("  код идёт в его пространстве имён:", sys.modules[__name__].__dict__ is globals())
print("  имя watched в __main__ уже есть:", hasattr(__main__, "watched"))

value = 42
