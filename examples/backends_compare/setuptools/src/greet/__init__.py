"""Приветствия: hello("Аня") берёт первое слово из data/words.txt."""

from greet.phrases import hello

__all__ = ["hello"]
