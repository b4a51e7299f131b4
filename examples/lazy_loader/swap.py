import sys
import types

print("swap: выполняется код модуля")
# Модуль подменяет себя в sys.modules другим объектом
sys.modules[__name__] = types.SimpleNamespace(VALUE=1)
