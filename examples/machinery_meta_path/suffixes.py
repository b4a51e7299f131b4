"""Какие файлы ищет FileFinder и в каком порядке."""
import importlib.machinery as machinery
import sys
import sysconfig

# Суффикс расширений этой сборки: в нём версия и платформа,
# например .cpython-311-x86_64-linux-gnu.so. Печатаем его под именем.
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")


def shown(suffix):
    return "<EXT_SUFFIX>" if suffix == EXT_SUFFIX else suffix


print("SOURCE_SUFFIXES:   ", machinery.SOURCE_SUFFIXES)
print("BYTECODE_SUFFIXES: ", machinery.BYTECODE_SUFFIXES)
print("EXTENSION_SUFFIXES:", [shown(s) for s in machinery.EXTENSION_SUFFIXES])

# Искатель для папки скрипта: его создаёт последний из sys.path_hooks.
finder = sys.path_hooks[-1](sys.path[0])
print("Искатель папки скрипта:", type(finder).__name__)
# _loaders — внутренний атрибут FileFinder: пары (суффикс, загрузчик) по порядку.
for suffix, loader in finder._loaders:
    print("  ", shown(suffix), "→", loader.__name__)
