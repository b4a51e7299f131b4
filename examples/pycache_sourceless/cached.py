print("cached: модуль выполняется")
