import importlib


def keywords(text, lang="ru"):
    """Слова текста без служебных слов языка lang."""
    stopwords = importlib.import_module("textkit.langs." + lang).STOPWORDS
    return [word for word in text.lower().split() if word not in stopwords]
