print("duo — модуль duo.py")
