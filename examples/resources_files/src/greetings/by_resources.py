import json
from importlib.resources import files

import greetings


def hello():
    # пакет можно назвать строкой с его именем...
    return files("greetings").joinpath("hello.txt").read_text(encoding="utf-8")


def languages():
    # ...или передать сам объект модуля; / — то же, что joinpath()
    folder = files(greetings) / "langs"
    return sorted(entry.name for entry in folder.iterdir())


def phrase(lang):
    resource = files(greetings) / "langs" / (lang + ".json")
    return json.loads(resource.read_text(encoding="utf-8"))["hello"]
