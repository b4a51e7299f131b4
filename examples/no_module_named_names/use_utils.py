# Файл называется Utils.py, с большой буквы.
import utils

print(utils.greet("Аня"))
