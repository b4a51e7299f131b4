"""Приветствия с аннотациями типов."""


def hello(name: str) -> str:
    return "Привет, " + name + "!"
