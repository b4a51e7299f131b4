print("greet — обычный модуль .py")
