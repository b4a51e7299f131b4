"""Текстовые команды: python main.py КОМАНДА ТЕКСТ."""
import sys

import tools  # при импорте tools его команды попадают в commands

commands = {}  # имя команды -> функция


def command(func):
    """Декоратор: добавляет функцию в список команд под её именем."""
    commands[func.__name__] = func
    return func


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
