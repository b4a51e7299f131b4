"""Считает строки в текстовых файлах. Это и модуль, и скрипт."""
import sys


def count_lines(path):
    with open(path, encoding="utf-8") as file:
        return sum(1 for _ in file)


def main(args=None):
    """Точка входа скрипта. Возвращает код возврата."""
    if args is None:
        args = sys.argv[1:]
    if not args:
        print("Использование: python count_lines.py ФАЙЛ...", file=sys.stderr)
        return 2
    status = 0
    for path in args:
        try:
            print(path, count_lines(path))
        except FileNotFoundError:
            print("Нет такого файла:", path, file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
