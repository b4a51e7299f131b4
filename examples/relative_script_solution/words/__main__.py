# Точка входа пакета: команда python -m words выполняет этот файл
from .cli import main

main()
