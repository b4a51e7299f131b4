import sys


def main():
    print("Работает функция main() модуля", __name__)
    print("__file__ =", repr(__file__))
    print("sys.path[0] =", repr(sys.path[0]))
