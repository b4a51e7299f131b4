"""Импортёр, который берёт исходный код модулей из словаря."""
import importlib.abc
import importlib.util


class DictFinder(importlib.abc.MetaPathFinder):
    """Искатель: отвечает только за имена, которые есть в словаре."""

    def __init__(self, sources):
        self.sources = sources  # {"имя.модуля": "исходный код"}

    def find_spec(self, fullname, path, target=None):
        if fullname not in self.sources:
            print("  DictFinder:", fullname, "— не мой, возвращаю None")
            return None
        print("  DictFinder:", fullname, "— мой; path =", path)
        # Пакет — это имя, у которого в словаре есть подмодули.
        is_package = any(name.startswith(fullname + ".") for name in self.sources)
        loader = DictLoader(self.sources[fullname])
        return importlib.util.spec_from_loader(
            fullname, loader, origin="dict:" + fullname, is_package=is_package)


class DictLoader(importlib.abc.Loader):
    """Загрузчик: выполняет исходный код из словаря в новом модуле."""

    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None  # обычный объект модуля нас устраивает

    def exec_module(self, module):
        code = compile(self.source, module.__spec__.origin, "exec")
        exec(code, module.__dict__)
