"""Создаёт папку с модулем во время работы и импортирует модуль из неё."""
import importlib
import shutil
import sys
from pathlib import Path

GENERATED = Path(__file__).parent / "generated"
sys.path.append(str(GENERATED))

try:
    importlib.import_module("fresh")
except ModuleNotFoundError as exc:
    print("до создания:", exc)

GENERATED.mkdir()
try:
    (GENERATED / "fresh.py").write_text('print("загружен fresh.py")\n', encoding="utf-8")
    try:
        importlib.import_module("fresh")
    except ModuleNotFoundError as exc:
        print("после создания:", exc)
        print("искатель для generated:", sys.path_importer_cache[str(GENERATED)])

    importlib.invalidate_caches()
    importlib.import_module("fresh")
finally:
    shutil.rmtree(GENERATED)  # чтобы пример можно было запустить ещё раз
