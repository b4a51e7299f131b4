"""Показывает, что лежит в wheel: список файлов и METADATA."""

import sys
import zipfile

wheel = zipfile.ZipFile(sys.argv[1])
names = wheel.namelist()
print(*names, sep="\n")
metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
print(f"--- {metadata} ---")
print(wheel.read(metadata).decode(), end="")
