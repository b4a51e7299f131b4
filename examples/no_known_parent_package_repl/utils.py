def greet(name):
    return "Привет, " + name + "!"
