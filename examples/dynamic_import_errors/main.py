"""Экспортирует таблицу в формате, заданном в командной строке."""
import importlib
import sys


def load_exporter(fmt):
    name = "exporters." + fmt + "_out"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        print("ModuleNotFoundError:", exc)
        print("exc.name:", repr(exc.name))
        if exc.name == name:
            sys.exit("Формат " + fmt + " не поддерживается")
        sys.exit("Для формата " + fmt + " установите модуль " + exc.name)


exporter = load_exporter(sys.argv[1])
exporter.export([["товар", "цена"], ["чай", 120]])
