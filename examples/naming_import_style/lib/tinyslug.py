"""Крошечная «сторонняя» библиотека: делает из заголовка имя файла."""


def slugify(title):
    return "-".join(title.lower().split())
