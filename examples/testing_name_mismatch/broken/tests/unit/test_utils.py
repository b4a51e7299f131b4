def test_unit():
    print()
    print("модуль:", __name__)
