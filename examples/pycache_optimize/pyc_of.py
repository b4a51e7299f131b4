"""Для каждого файла .py из аргументов: где его байт-код и есть ли он."""
import importlib.util
import os
import sys

tag = sys.implementation.cache_tag  # метка версии, например cpython-311
for source in sys.argv[1:]:
    pyc = importlib.util.cache_from_source(source)
    state = "есть" if os.path.exists(pyc) else "нет"
    print(pyc.replace(tag, "<tag>"), "—", state)
