import sys

from dict_importer import DictFinder

SOURCES = {
    "hello": 'print("Выполняется hello")\nGREETING = "Привет из словаря"\n',
    "tools": "",
    "tools.text": "def shout(s):\n    return s.upper() + '!'\n",
}
sys.meta_path.insert(0, DictFinder(SOURCES))
print("sys.meta_path:", [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path])

print("import hello")
import hello

print(hello.GREETING)
print("origin:", hello.__spec__.origin, "| loader:", type(hello.__spec__.loader).__name__)
print("has_location:", hello.__spec__.has_location, "| есть __file__:", hasattr(hello, "__file__"))

print("import tools.text")
import tools.text

print(tools.text.shout("работает"), "| tools.__path__ =", tools.__path__)

print("import helper")
import helper

print("helper:", type(helper.__spec__.loader).__name__, "из", helper.__spec__.origin)

print("import nothing")
try:
    import nothing
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
