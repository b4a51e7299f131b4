# pipes.quote() экранирует строку для командной строки (pipes удалён в 3.13).
from pipes import quote

print("ls " + quote("мои файлы"))
