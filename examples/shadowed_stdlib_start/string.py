"""Помощники для текста."""
# punctuation из стандартной библиотеки — строка со всеми знаками препинания ASCII
from string import punctuation


def words(text):
    """Слова текста в нижнем регистре, без знаков препинания."""
    for mark in punctuation:
        text = text.replace(mark, " ")
    return text.lower().split()
