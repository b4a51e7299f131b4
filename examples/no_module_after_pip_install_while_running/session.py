"""Долгоживущая программа (как ядро Jupyter): ставит пакет, не перезапускаясь."""
import importlib
import subprocess
import sys


def try_import(step):
    try:
        import greetlib
    except ModuleNotFoundError as exc:
        print(step, "ошибка:", exc)
    else:
        print(step, "импорт удался:", greetlib.hello())


try_import("1. До установки —")
# Как %pip install в Jupyter: pip того же Python, что выполняет программу.
subprocess.run([sys.executable, "-m", "pip", "install", "-q", *sys.argv[1:]], check=True)
importlib.invalidate_caches()  # сбросить кэши искателей импорта
try_import("2. После установки —")
