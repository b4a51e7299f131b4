"""Печатает все файлы .pyc в текущей папке и её подпапках."""
from pathlib import Path

for path in sorted(Path(".").rglob("*.pyc")):
    print(path)
