import site
import sys

version = "%d.%d" % sys.version_info[:2]  # в путях заменим python3.11 на pythonX.Y

print("sys.prefix:     ", sys.prefix)
print("sys.base_prefix:", sys.base_prefix)
print("Виртуальное окружение:", sys.prefix != sys.base_prefix)
for path in site.getsitepackages():
    print("site-packages:", path.replace("python" + version, "pythonX.Y"))
print("Пользовательский site-packages включён:", site.ENABLE_USER_SITE)
