"""Словарь известных слов; файл words.txt лежит рядом с этим модулем."""

from importlib.resources import files


def known_words():
    # файл ищется в пакете speller, а не в текущей папке
    text = files(__package__).joinpath("words.txt").read_text(encoding="utf-8")
    return set(text.split())


def unknown_words(text):
    known = known_words()
    return [word for word in text.lower().split() if word not in known]
