__all__ = ["save", "lod"]  # опечатка: функция называется load


def save(data):
    return str(data)


def load(text):
    return text
