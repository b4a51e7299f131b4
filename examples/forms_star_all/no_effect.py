import tools
from tools import _exists, load

print(tools.load("/tmp/data.txt"))
print(load is tools.load, _exists is tools._exists)
print([name for name in dir(tools) if not name.startswith("__")])
