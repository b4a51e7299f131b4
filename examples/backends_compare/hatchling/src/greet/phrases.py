from importlib.resources import files


def hello(name):
    # Файл данных ищется рядом с модулями пакета, где бы пакет ни лежал:
    # в src/, в site-packages или в zip-архиве.
    words = files("greet").joinpath("data/words.txt").read_text(encoding="utf-8")
    return f"{words.split()[0]}, {name}!"
