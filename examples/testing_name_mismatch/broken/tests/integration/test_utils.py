def test_integration():
    print()
    print("модуль:", __name__)
