import pkgutil
import sys

import plugins

for info in pkgutil.iter_modules(plugins.__path__):
    print(info.name, "пакет" if info.ispkg else "модуль")

for info in pkgutil.iter_modules(plugins.__path__, prefix=plugins.__name__ + "."):
    print(info.name)

print("plugins.greet загружен:", "plugins.greet" in sys.modules)
