"""Формат markdown: список задач с флажками."""


def render(tasks):
    return "\n".join(f"- [ ] {task}" for task in tasks)
