"""Что лежит в wheel каждого проекта: имена файлов и METADATA."""
import sys
import zipfile
from pathlib import Path

for project in sys.argv[1:]:
    for path in sorted(Path(project, "dist").glob("*.whl")):
        print(f"=== {path.as_posix()}")
        with zipfile.ZipFile(path) as wheel:
            names = sorted(wheel.namelist())
            print(*names, sep="\n")
            metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
            print(f"--- {metadata}")
            print(wheel.read(metadata).decode("utf-8").rstrip("\n"))
