import os
import sys
import textwrap

import my_module

# Свой модуль: файл .py в папке проекта.
print(my_module)
print(my_module.__spec__.origin == my_module.__file__)

# Модуль стандартной библиотеки, написанный на Python: тоже файл .py.
print(os.path.basename(textwrap.__file__))

# Встроенный модуль: вшит в интерпретатор, файла у него нет.
print(sys)
print(sys.__spec__.origin)
print("sys" in sys.builtin_module_names)
print(hasattr(sys, "__file__"))

# И всё это объекты одного типа.
print(type(my_module), type(textwrap), type(sys))
