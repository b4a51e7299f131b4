"""Что редактируемая установка положила в site-packages и кто найдёт greet."""
import importlib
import importlib.util
import sys
import sysconfig
from pathlib import Path

site_packages = Path(sysconfig.get_path("purelib"))
print("site-packages:", *sorted(p.name for p in site_packages.iterdir()))
for pth in sorted(site_packages.glob("*.pth")):
    print(f"--- {pth.name}")
    print(pth.read_text(encoding="utf-8").rstrip("\n"))
print("---")
# Так ищет пакет статический анализатор (Pyright, mypy): перебирает папки
# sys.path (с путями из файлов .pth) и ищет в них greet/__init__.py.
# Код он не выполняет, поэтому искатели из sys.meta_path ему не помогут.
found = [p for p in sys.path if Path(p, "greet", "__init__.py").is_file()]
print("по sys.path:", found[0] if found else "не найден")
# А так ищет сам import: опрашивает искатели из sys.meta_path по очереди.
print("import:", importlib.util.find_spec("greet").origin)
print(importlib.import_module("greet").hello("Аня"))
