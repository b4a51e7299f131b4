# Сторонняя библиотека, которую автор забыл указать в dependencies:
# в окружении её нет, и импорт этого модуля падает.
import emoji


def transform(text):
    return emoji.emojize(text)
