"""Команды. Каждая берёт текст и возвращает новый текст."""
from registry import command


@command
def upper(text):
    return text.upper()


@command
def reverse(text):
    return text[::-1]
