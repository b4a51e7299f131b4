"""Проверяет, не заняты ли имена для своих модулей."""

import importlib.util
import sys

stdlib = sys.stdlib_module_names  # есть начиная с Python 3.10

for name in sys.argv[1:]:
    if name in stdlib:
        verdict = "занято стандартной библиотекой"
    elif importlib.util.find_spec(name) is not None:
        verdict = "в списке stdlib нет, но такой модуль уже находится"
    else:
        verdict = "свободно в этом окружении"
    print(name, "→", verdict)
