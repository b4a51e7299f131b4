print("Модуль my-module загружен")
