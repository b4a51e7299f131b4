import sys

sys.dont_write_bytecode = True  # действует на импорты после этой строки

import helper  # noqa: E402

print(helper.greet("Аня"))
