"""Игра: скрипт, который модуль bonus импортирует обратно."""
import sys

import bonus

print("Выполняется game.py, __name__ =", repr(__name__))

score = 0


def main():
    bonus.add_points(10)
    print("score в __main__:", score)
    print("это один модуль?", sys.modules["__main__"] is sys.modules["game"])


if __name__ == "__main__":
    main()
