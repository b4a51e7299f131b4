"""Вспомогательный модуль: module1 нужен ему самому."""
from my_package import module1


def greet_twice():
    module1.hello()
    module1.hello()
