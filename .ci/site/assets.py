"""Файлы сайта, которые не хранятся в репозитории, а делаются при сборке.

    python .ci/site/assets.py [КОРЕНЬ]

КОРЕНЬ — собранный сайт (`site`, так делает pages.yml после `mkdocs build`) или `docs`
(по умолчанию: тогда их увидит и `mkdocs serve`; обе папки в .gitignore). Появляются:

* assets/examples/<пример>.zip — папка examples/<пример>/ целиком, для кнопки «Скачать»
  и для запуска в браузере. Архив воспроизводим: порядок и даты файлов фиксированы;
* assets/pyodide/ — Pyodide (CPython, собранный в WebAssembly) из npm-пакета с точной
  версией (.ci/site/package.json; ставится `npm ci --prefix .ci/site --ignore-scripts`).
  Его загружает только нажатие «Запустить».

Это обычный скрипт, а не плагин MkDocs: конфигурация сайта остаётся без своего кода на
Python и собирается и MkDocs, и Zensical.
"""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PYODIDE = Path(__file__).resolve().parent / "node_modules" / "pyodide"
# Только то, что нужно для запуска в Web Worker: модуль-загрузчик, интерпретатор,
# стандартная библиотека и список пакетов (его Pyodide читает при старте).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
DATE = (1980, 1, 1, 0, 0, 0)  # самая ранняя дата, которую допускает zip


def example_files(example: Path) -> list[Path]:
    """Файлы примера для архива. Символическая ссылка — ошибка: архив взял бы то, на что она
    указывает, а это может быть файл вне репозитория (примеры без ссылок проверяет и тест)."""
    found = []
    for path in sorted(example.rglob("*")):
        if "__pycache__" in path.relative_to(example).parts:
            continue
        if path.is_symlink():
            raise SystemExit(f"{path}: символическая ссылка в примере; положите сам файл")
        if path.is_file():
            found.append(path)
    return found


def write_zip(example: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in example_files(example):
            info = zipfile.ZipInfo(f"{example.name}/{path.relative_to(example).as_posix()}", DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            executable = path.stat().st_mode & 0o111
            info.external_attr = (0o100755 if executable else 0o100644) << 16
            archive.writestr(info, path.read_bytes())


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else ROOT / "docs"
    zips = root / "assets" / "examples"
    if zips.exists():
        shutil.rmtree(zips)
    zips.mkdir(parents=True)
    examples = sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and not p.name.startswith("."))
    for example in examples:
        write_zip(example, zips / f"{example.name}.zip")
    print(f"{len(examples)} архивов примеров в {zips}")

    if not PYODIDE.is_dir():
        print(f"Pyodide не найден ({PYODIDE}): кнопка «Запустить» не будет работать. "
              "Поставьте его: npm ci --prefix .ci/site --ignore-scripts", file=sys.stderr)
        return 0
    runtime = root / "assets" / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(PYODIDE / name, runtime / name)
    size = sum((runtime / n).stat().st_size for n in PYODIDE_FILES)
    version = json.loads((PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    print(f"Pyodide {version} в {runtime}: {size / 2**20:.1f} МиБ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
