def hello():
    print("Привет из пакета greeting!")
