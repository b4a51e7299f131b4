import importlib.util
import sys


def lazy_import(name):
    """Импортирует модуль name так, что его код выполнится при первом обращении к атрибуту."""
    spec = importlib.util.find_spec(name)  # поиск — сразу
    if spec is None:
        raise ModuleNotFoundError("No module named " + repr(name), name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)  # код модуля не выполняется, модуль лишь помечен
    return module
