"""Формат plain: задачи по одной в строке."""


def render(tasks):
    return "\n".join(tasks)
