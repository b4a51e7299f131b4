print("Выполняется код модуля settings")

language = "ru"
