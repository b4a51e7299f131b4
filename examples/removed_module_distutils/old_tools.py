# Две функции из distutils, которые часто встречаются в старом коде.
from distutils.dir_util import copy_tree
from distutils.util import strtobool

print(copy_tree("data", "backup"))  # копирует папку целиком, поверх существующей
print(strtobool("yes"))             # строка «да/нет» из настроек → 1 или 0
