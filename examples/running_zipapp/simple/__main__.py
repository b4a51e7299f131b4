import sys

import helper

print("sys.path[0] =", repr(sys.path[0]))
print("__name__ =", repr(__name__))
print("__spec__.name =", repr(__spec__.name))
print("__file__ =", repr(__file__))
print("helper.__file__ =", repr(helper.__file__))
