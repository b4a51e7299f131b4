import sys

from exporters import *

print(to_csv.export([["a", "b"], ["1", "2"]]))
print("exporters.to_csv" in sys.modules, "exporters.to_html" in sys.modules)
