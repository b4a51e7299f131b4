def hello():
    print("Привет из module1!")
