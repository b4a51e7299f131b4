"""Разбор текста на слова и подсчёт."""


def split_words(text):
    # Слова без знаков препинания, в нижнем регистре
    return [word.strip(".,!?;:«»").lower() for word in text.split()]


def most_common(items):
    # Самый частый элемент и сколько раз он встретился
    best = max(items, key=items.count)
    return best, items.count(best)
