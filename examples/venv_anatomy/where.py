"""Печатает, какой это Python и где он ищет установленные пакеты."""
import sys

# Номер версии в пути заменяем на X.Y: у вас он свой.
python_version = "python{}.{}".format(*sys.version_info[:2])

print("sys.executable: ", sys.executable)
print("sys.prefix:     ", sys.prefix)
print("sys.base_prefix:", sys.base_prefix)
for path in sys.path:
    if path.endswith("site-packages"):
        print("site-packages:  ", path.replace(python_version, "pythonX.Y"))
