import sys

lazy import json  # синтаксис из PEP 810 (Python 3.15)

print("json в sys.modules:", "json" in sys.modules)
print(json.dumps({"lazy": True}))
