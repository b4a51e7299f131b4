"""Показать, что сделала `uv init`: дерево файлов и pyproject.toml."""
import sys
from pathlib import Path

root = Path(sys.argv[1])
for path in sorted(root.rglob("*")):
    # .git и .gitignore uv init создаёт, только если у вас есть git.
    if path.parts[len(root.parts)] in (".git", ".gitignore") or path.is_dir():
        continue
    print(path.relative_to(root))
print("--- .python-version ---")
print((root / ".python-version").read_text(encoding="utf-8"), end="")
print("--- pyproject.toml ---")
print((root / "pyproject.toml").read_text(encoding="utf-8"), end="")
