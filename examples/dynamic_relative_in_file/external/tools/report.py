from .helpers import money


def show(total):
    print("итого:", money(total))
