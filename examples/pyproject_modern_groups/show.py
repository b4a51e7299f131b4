"""Печатает METADATA из wheel."""

import sys
import zipfile

wheel = zipfile.ZipFile(sys.argv[1])
metadata = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
print(wheel.read(metadata).decode(), end="")
