"""python position.py first|last — куда поставить искатель в sys.meta_path."""
import sys

from dict_importer import DictFinder

finder = DictFinder({"colorsys": 'NAME = "подделка из словаря"\n'})
if sys.argv[1] == "first":
    sys.meta_path.insert(0, finder)
else:
    sys.meta_path.append(finder)

import colorsys  # такой модуль есть в стандартной библиотеке

print("colorsys:", getattr(colorsys, "NAME", "настоящий, из стандартной библиотеки"))
