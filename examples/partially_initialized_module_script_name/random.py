# Скрипт назван так же, как модуль, из которого он берёт функцию.
from random import randint

print(randint(1, 6))
