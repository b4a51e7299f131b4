"""Игра: тонкий скрипт. Его никто не импортирует."""
import sys

import bonus
import state

print("Выполняется game.py, __name__ =", repr(__name__))


def main():
    bonus.add_points(10)
    print("score, который видит скрипт:", state.score)
    print("game в sys.modules?", "game" in sys.modules)


if __name__ == "__main__":
    main()
