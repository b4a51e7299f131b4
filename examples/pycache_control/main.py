import sys

import helper

print(helper.greet("Аня"))
print("sys.dont_write_bytecode =", sys.dont_write_bytecode)
print("sys.pycache_prefix =", sys.pycache_prefix)
