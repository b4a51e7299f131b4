"""Пакет pptools из дистрибутива Pretty-Print-Tools."""


def frame(text):
    line = "+" + "-" * (len(text) + 2) + "+"
    return "\n".join([line, "| " + text + " |", line])
