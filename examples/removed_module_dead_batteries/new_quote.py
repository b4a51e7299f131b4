# Замена: shlex.quote() — та же функция, в стандартной библиотеке с Python 3.3.
from shlex import quote

print("ls " + quote("мои файлы"))
