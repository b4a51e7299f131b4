print("Файл начал выполняться")


def main():
    from storage import *

    print(save(1))


main()
