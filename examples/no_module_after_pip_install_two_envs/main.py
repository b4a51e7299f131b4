import sys

print("Python:", sys.executable)

import greetlib

print(greetlib.hello())
