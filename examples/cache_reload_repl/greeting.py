print("Выполняется код модуля greeting")


def hello():
    return "Привет"


def goodbye():
    return "Пока"


class Greeter:
    def greet(self):
        return hello() + "!"
