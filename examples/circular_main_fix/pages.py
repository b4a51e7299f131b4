from settings import TITLE


def render(page):
    return TITLE + " — " + page
