def goodbye():
    print("Пока из module2!")
