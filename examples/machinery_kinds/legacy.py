print("модуль legacy")
