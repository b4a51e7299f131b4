import sys

import company
import company.hammer
import company.saw

print(type(company.__path__).__name__, company.__path__)
sys.path.append("dist_c")
print(company.__path__)
import company.drill
