"""Второе имя верхнего уровня из того же дистрибутива."""

from pptools import frame


def show(text):
    print(frame(text))
