"""Выбирает хранилище по имени модуля: из командной строки или из config.json."""
import importlib
import json
import sys

if len(sys.argv) > 1:
    name = sys.argv[1]
else:
    with open("config.json", encoding="utf-8") as f:
        name = json.load(f)["storage"]

storage = importlib.import_module(name)
print("модуль:", storage.__name__)
storage.save("заказ №1")
