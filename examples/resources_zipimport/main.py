import os
import zipfile

import mypkg
import mypkg.greet

print(mypkg.greet.hello("Аня"))
print("greet.__file__  =", mypkg.greet.__file__)
print("__spec__.origin =", mypkg.greet.__spec__.origin)
print("загрузчик       =", type(mypkg.greet.__loader__).__name__)
print("mypkg.__path__  =", mypkg.__path__)
pycache = os.path.join(os.path.dirname(mypkg.__file__), "__pycache__")
print("есть __pycache__:", os.path.isdir(pycache))
print("в архиве:", zipfile.ZipFile("lib.zip").namelist())
