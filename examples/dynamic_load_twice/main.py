import importlib.util
import sys


def load_fresh(name, path):
    """Рецепт без sys.modules: каждый вызов создаёт новый модуль."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_cached(name, path):
    """Как import: сначала ищет в sys.modules."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


print("--- load_fresh дважды")
first = load_fresh("my_config", "conf/my-config.py")
second = load_fresh("my_config", "conf/my-config.py")
print("first is second:", first is second)
first.DEBUG = False
print("second.DEBUG =", second.DEBUG)
print("my_config в sys.modules:", "my_config" in sys.modules)

print("--- load_cached дважды")
first = load_cached("my_config", "conf/my-config.py")
second = load_cached("my_config", "conf/my-config.py")
print("first is second:", first is second)
