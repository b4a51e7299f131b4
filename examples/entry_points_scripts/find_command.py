import sys
from importlib.metadata import entry_points

if sys.version_info >= (3, 10):
    found = entry_points(group="console_scripts", name="greet")
else:  # Python 3.9: entry_points() возвращает словарь «группа → список»
    found = [ep for ep in entry_points()["console_scripts"] if ep.name == "greet"]

for ep in found:
    print(ep.name, "=", ep.value)
    main = ep.load()
    print(main.__module__, main.__name__)
