"""Словарь известных слов; файл words.txt лежит рядом с этим модулем."""


def known_words():
    with open("words.txt", encoding="utf-8") as f:
        return set(f.read().split())


def unknown_words(text):
    known = known_words()
    return [word for word in text.lower().split() if word not in known]
