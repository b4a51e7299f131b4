"""Загружает модуль с относительным импортом из папки, которой нет в sys.path."""
import importlib
import importlib.util
import sys
from pathlib import Path

TOOLS = Path(__file__).parent / "external" / "tools"


def load_from_path(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


try:
    load_from_path("report", TOOLS / "report.py")
except ImportError as exc:
    print("ImportError:", exc)

tools = load_from_path("tools", TOOLS / "__init__.py")
print("tools.__path__ =", tools.__path__)
report = importlib.import_module("tools.report")
report.show(200)
