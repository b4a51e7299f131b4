"""Статистика текста: сколько в нём слов, сколько разных и какое чаще всего."""
import sys

from .helpers import most_common, split_words


def main():
    all_words = split_words(" ".join(sys.argv[1:]))
    word, count = most_common(all_words)
    print("Слов:", len(all_words))
    print("Разных:", len(set(all_words)))
    print(f"Чаще всего: «{word}» ({count})")


if __name__ == "__main__":
    main()
