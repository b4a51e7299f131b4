from pathlib import Path

import textkit
from textkit.words import keywords


def test_origin():
    # Папка, в которой лежит импортированный пакет textkit
    print("textkit из папки", Path(textkit.__file__).parent.parent.name)


def test_keywords():
    assert keywords("Кот и пёс") == ["кот", "пёс"]
