"""Печатает имена файлов в wheel."""

import sys
import zipfile

print(*zipfile.ZipFile(sys.argv[1]).namelist(), sep="\n")
