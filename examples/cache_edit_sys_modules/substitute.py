import sys
import types

sys.modules["counter"] = types.SimpleNamespace(total=99)

import counter
from counter import total

print(counter)
print(total)
