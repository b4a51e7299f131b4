# Скрипт назван так же, как библиотека из папки lib.
import colors

print(colors.RED)
