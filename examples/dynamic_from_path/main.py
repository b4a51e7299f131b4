"""Загружает conf/my-config.py: папки conf нет в sys.path, а в имени файла дефис."""
import importlib
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent


def load_from_path(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # до выполнения кода, как делает import
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]  # упавший модуль не оставляем в кэше
        raise
    return module


config = load_from_path("my_config", HERE / "conf" / "my-config.py")
print("DEBUG =", config.DEBUG)
print("__file__ =", config.__file__)
print("по имени из кэша:", importlib.import_module("my_config") is config)
