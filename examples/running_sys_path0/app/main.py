import sys

print("sys.path[0] =", repr(sys.path[0]))
print("__name__ =", repr(__name__))
if __spec__ is None:
    print("__spec__ = None")
else:
    print("__spec__.name =", repr(__spec__.name))

# Импорт стоит после печати, чтобы sys.path[0] был виден и тогда,
# когда импорт не удастся.
from app import config

print("Готово:", config.__name__)
