import itertools
import os
import random
import sys

print("Есть itertools.count:  ", hasattr(itertools, "count"))
print("Есть os.getcwd:        ", hasattr(os, "getcwd"))
print("Есть random.randint:   ", hasattr(random, "randint"))
print("Есть sys.version_info: ", hasattr(sys, "version_info"))
