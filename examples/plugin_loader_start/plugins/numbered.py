"""Формат numbered: нумерованный список (новый плагин)."""


def render(tasks):
    lines = [f"{number}. {task}" for number, task in enumerate(tasks, 1)]
    return "\n".join(lines)
