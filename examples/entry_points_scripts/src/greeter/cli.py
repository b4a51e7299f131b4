import sys


def main():
    args = sys.argv[1:]
    if len(args) != 1:
        print("использование: greet ИМЯ", file=sys.stderr)
        return 2
    print("Привет, " + args[0] + "!")
    return 0
