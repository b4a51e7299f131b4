def hello(name):
    return "Привет, " + name + "!"
