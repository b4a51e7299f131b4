print("модуль zipped")
