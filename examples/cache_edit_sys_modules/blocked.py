import sys

sys.modules["counter"] = None

import counter
