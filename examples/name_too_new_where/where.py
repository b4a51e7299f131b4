# Какие из новых имён есть в этом Python.
STATEMENTS = [
    "from enum import StrEnum",        # 3.11
    "from typing import Self",         # 3.11
    "from datetime import UTC",        # 3.11
    "import tomllib",                  # 3.11
    "from typing import override",     # 3.12
    "from itertools import batched",   # 3.12
    "from warnings import deprecated", # 3.13
    "import annotationlib",            # 3.14
    "import math.integer",             # 3.15
]

for statement in STATEMENTS:
    try:
        exec(statement)
    except ImportError as error:
        print(f"{statement:32} нет: {type(error).__name__}")
    else:
        print(f"{statement:32} есть")
