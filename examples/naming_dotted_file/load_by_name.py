import importlib

try:
    importlib.import_module("config.prod")
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
