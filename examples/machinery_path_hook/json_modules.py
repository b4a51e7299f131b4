"""Путевой хук: файлы .json в папках sys.path становятся модулями."""
import importlib.abc
import importlib.machinery as machinery
import json
import sys


class JsonLoader(importlib.abc.Loader):
    """Загрузчик: ключи JSON-объекта становятся атрибутами модуля."""

    def __init__(self, fullname, path):  # так FileFinder создаёт загрузчики
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, encoding="utf-8") as file:
            module.__dict__.update(json.load(file))


def install(clear_cache=True):
    # Обычные виды файлов в обычном порядке, и в конце — .json.
    details = [
        (machinery.ExtensionFileLoader, machinery.EXTENSION_SUFFIXES),
        (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES),
        (machinery.SourcelessFileLoader, machinery.BYTECODE_SUFFIXES),
        (JsonLoader, [".json"]),
    ]
    sys.path_hooks.insert(0, machinery.FileFinder.path_hook(*details))
    if clear_cache:
        # Для уже просмотренных папок искатели созданы старым хуком.
        sys.path_importer_cache.clear()
