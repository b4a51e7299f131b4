print("legacy: модуль выполняется")
