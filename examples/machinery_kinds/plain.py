print("модуль plain")
