# Опечатка в имени подмодуля: файл называется export.py.
from shop import exprt
