from textkit.clean import normalize


def count_words(text):
    return len(normalize(text).split(" "))
