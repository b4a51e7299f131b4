"""Текстовые команды: python main.py КОМАНДА ТЕКСТ."""
import sys

import tools  # при импорте tools его команды попадают в commands
from registry import commands


def main():
    if len(sys.argv) < 3:
        print("Команды:", ", ".join(sorted(commands)) or "нет")
        return
    name = sys.argv[1]
    text = " ".join(sys.argv[2:])
    if name not in commands:
        print("Неизвестная команда:", name)
        return
    print(commands[name](text))


if __name__ == "__main__":
    main()
