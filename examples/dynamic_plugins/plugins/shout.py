NAME = "shout"


def run(args):
    print(" ".join(args).upper() + "!!!")
