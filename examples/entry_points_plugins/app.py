import sys
from importlib.metadata import entry_points


def find_plugins():
    if sys.version_info >= (3, 10):
        return entry_points(group="greeter.plugins")
    return entry_points().get("greeter.plugins", [])  # Python 3.9


text = "Привет, " + sys.argv[1] + "!"
for ep in find_plugins():
    print("плагин", ep.name, "=", ep.value)
    plugin = ep.load()
    text = plugin(text)
print(text)
