import os
import sys

# В путях стоит версия Python: python3.11, python311.zip.
# Заменяем её на X.Y и XY, как в документации, чтобы вывод не зависел от версии.
version = "%d.%d" % sys.version_info[:2]

for number, entry in enumerate(sys.path):
    shown = entry.replace("python" + version, "pythonX.Y")
    shown = shown.replace("python" + version.replace(".", ""), "pythonXY")
    if not os.path.exists(entry):
        shown += "  (такого пути нет)"
    print(number, shown)
