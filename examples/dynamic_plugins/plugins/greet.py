NAME = "greet"


def run(args):
    for name in args:
        print("Привет,", name + "!")
