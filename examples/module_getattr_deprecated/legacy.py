"""Чужая библиотека, написанная под старое имя."""

from textutils import make_slug


def title_to_url(title):
    return "/" + make_slug(title)
