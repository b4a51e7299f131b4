def greet():
    print("Привет из", __name__)
