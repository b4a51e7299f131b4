print("Выполняется код модуля counter")

total = 0
