"""Замена `pip install` для этого примера (pip здесь недоступен).

Кладёт модуль greeting.py в site-packages того Python, который запустил
скрипт, — туда же, куда его положил бы `python -m pip install`.
"""
import sys
import sysconfig
from pathlib import Path

site_packages = Path(sysconfig.get_paths()["purelib"])
if Path.cwd() not in site_packages.parents:
    sys.exit("Пример пишет только в окружение внутри текущей папки")

(site_packages / "greeting.py").write_text(
    'print("Импортирован модуль greeting")\n', encoding="utf-8"
)
version = "python%d.%d" % sys.version_info[:2]  # python3.11 → pythonX.Y
print("Установлено в", str(site_packages).replace(version, "pythonX.Y"))
