# Нужен модуль statistics из стандартной библиотеки.
from statistics import mean

print(mean([2, 4, 6]))
