"""Импорт модуля greeting по шагам, без инструкции import."""
import importlib.util
import sys

spec = importlib.util.find_spec("greeting")
print("1. find_spec: загрузчик", type(spec.loader).__name__)

print("2. create_module вернул", spec.loader.create_module(spec))
module = importlib.util.module_from_spec(spec)
print("   module_from_spec:", type(module).__name__, repr(module.__name__))
print("   __spec__ is spec:", module.__spec__ is spec)
print("   __file__ == origin:", module.__file__ == spec.origin)
print("   WORD уже есть:", hasattr(module, "WORD"))

spec.loader.exec_module(module)
print("3. exec_module выполнил код: WORD =", repr(module.WORD))
print("   greeting в sys.modules:", "greeting" in sys.modules)

sys.modules["greeting"] = module
import greeting  # код модуля второй раз не выполнится

print("4. import greeting взял готовый объект:", greeting is module)
