import sys

print("greeter/__main__.py: __name__ =", repr(__name__))
print("__spec__.name =", repr(__spec__.name))
print("sys.path[0] =", repr(sys.path[0]))

from greeter import core

core.greet()
