# То же на importlib: работает в любом Python 3.
import importlib.machinery
import importlib.util


def load_source(name, path):
    """Замена imp.load_source(): выполнить файл path как модуль name."""
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


plugin = load_source("hello", "plugins/hello.py")
print(plugin.greet())
