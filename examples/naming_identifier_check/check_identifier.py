"""Проверяет, можно ли написать имя после import."""

import keyword
import sys

for name in sys.argv[1:]:
    if not name.isidentifier():
        verdict = "не идентификатор"
    elif keyword.iskeyword(name):
        verdict = "ключевое слово"
    else:
        verdict = "годится"
    print(name, "→", verdict)
