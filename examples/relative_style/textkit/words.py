from .clean import normalize


def split_words(text):
    return normalize(text).split(" ")
