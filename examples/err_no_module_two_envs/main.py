import sys

print("Python:", sys.executable)

import greeting
