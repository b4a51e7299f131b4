"""Кто ищет модули: sys.meta_path, sys.path_hooks и sys.path_importer_cache."""
import os
import sys

print("sys.meta_path:")
for finder in sys.meta_path:
    # Все три стандартных искателя — классы, а не экземпляры.
    print("  ", getattr(finder, "__name__", type(finder).__name__))

print("sys.path_hooks:")
for hook in sys.path_hooks:
    print("  ", hook.__qualname__)

import helper  # заодно закэширует искатель папки скрипта

here = os.path.dirname(os.path.abspath(__file__))
stdlib = os.path.dirname(os.__file__)
print("sys.path_importer_cache:")
for entry in sys.path:
    if entry == stdlib:
        label = "<стандартная библиотека>"
    elif entry.startswith(here):
        label = os.path.relpath(entry, here)
    else:
        continue  # в остальных путях есть номер версии Python
    finder = sys.path_importer_cache.get(entry, "нет в кэше")
    if finder is not None and not isinstance(finder, str):
        finder = type(finder).__name__
    print("  ", label, "→", finder)
