from greeting import hello


def test_hello():
    assert hello("Аня") == "Привет, Аня!"
