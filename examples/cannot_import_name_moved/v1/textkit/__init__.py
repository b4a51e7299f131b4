"""textkit 1.0: все функции в самом пакете."""


def slugify(text):
    return "-".join(text.lower().split())
