def start():
    print("Игра запущена")
