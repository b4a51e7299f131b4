# Старый способ: модуль imp (удалён в Python 3.12).
import imp

plugin = imp.load_source("hello", "plugins/hello.py")
print(plugin.greet())
