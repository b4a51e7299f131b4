"""Переписывает greeting.py: python edit.py "НОВЫЙ ТЕКСТ" [--keep-mtime]"""
import os
import sys

old = os.stat("greeting.py")
with open("greeting.py", "w", encoding="utf-8") as f:
    f.write('MESSAGE = "' + sys.argv[1] + '"\n')

if "--keep-mtime" in sys.argv:
    mtime = old.st_mtime  # время изменения остаётся прежним
else:
    mtime = old.st_mtime + 10  # на 10 секунд новее, как после правки
os.utime("greeting.py", (mtime, mtime))
print("greeting.py переписан, размер в байтах:", os.stat("greeting.py").st_size)
