import sys


def test_where():
    print()
    print("имя модуля теста:", __name__)
    print("sys.path[0]:", sys.path[0])
