print("heavy: выполняется код модуля")


def compute():
    return 42
