from app import TITLE


def render(page):
    return TITLE + " — " + page
