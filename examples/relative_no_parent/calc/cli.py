from .ops import add


def main():
    print("2 + 3 =", add(2, 3))


if __name__ == "__main__":
    main()
