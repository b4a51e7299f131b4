import sys

import helper

print(helper.greeting)
print("sys.path[0] =", sys.path[0])
