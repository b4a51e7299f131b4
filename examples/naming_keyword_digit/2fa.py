print("Выполняется 2fa.py, модуль", __name__)
