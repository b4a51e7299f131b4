import os


def hello():
    # путь к файлу данных строится от __file__ модуля
    path = os.path.join(os.path.dirname(__file__), "hello.txt")
    with open(path, encoding="utf-8") as f:
        return f.read()
