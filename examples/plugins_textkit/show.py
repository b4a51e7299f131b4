"""Что видит каждый из двух способов поиска плагинов в этом окружении."""
import os
import pkgutil
import sysconfig
from importlib.metadata import entry_points

import textkit_plugins

SITE = sysconfig.get_path("purelib")


def short(path):
    """Путь покороче: site-packages без версии Python, остальное — от папки примера."""
    if path.startswith(SITE):
        return "site-packages" + path[len(SITE):]
    return os.path.relpath(path)


if textkit_plugins.__file__ is None:  # у пакета пространства имён нет __init__.py
    print("== textkit_plugins: пакет пространства имён")
else:
    print("== textkit_plugins: обычный пакет,", short(textkit_plugins.__file__))
print("__path__:")
for folder in textkit_plugins.__path__:
    print("   ", short(folder))
names = sorted(info.name for info in pkgutil.iter_modules(textkit_plugins.__path__))
print("iter_modules:", ", ".join(names))

print("== точки входа группы textkit.plugins")
for ep in sorted(entry_points(group="textkit.plugins"), key=lambda ep: ep.name):
    print(f"{ep.name} = {ep.value}  [{ep.dist.name} {ep.dist.version}]")
