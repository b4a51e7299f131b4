def hello():
    return "Привет из greetlib"
