print("Выполняется class.py, модуль", __name__)
