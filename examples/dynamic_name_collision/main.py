"""Загружает обработчики из handlers/ и называет модули по именам файлов."""
import importlib
import importlib.util
import sys
from pathlib import Path

HANDLERS = Path(__file__).parent / "handlers"


def load_from_path(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


for path in sorted(HANDLERS.glob("*.py")):
    handler = load_from_path(path.stem, path)  # имя модуля — просто имя файла
    print("обработчик", handler.__name__, "для", handler.EXTENSION)

# Это же получит любой `import json` в программе после загрузки обработчиков:
json = importlib.import_module("json")
print(json.__file__)
print(json.dumps({"ok": True}))
