print("Выполняется код модуля colors")

RED = "#ff0000"
