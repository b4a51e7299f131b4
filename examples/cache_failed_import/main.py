import sys
import traceback

try:
    import broken
except RuntimeError:
    traceback.print_exc()

print("broken в sys.modules:", "broken" in sys.modules)
print("Имя broken связано:", "broken" in globals())
# Вторая попытка снова выполняет код модуля:
import broken
