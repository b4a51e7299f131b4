# Скрипт назван так же, как модуль, который он импортирует.
import random

print(random.randint(1, 6))
