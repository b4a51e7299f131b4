def test_total(prices):
    assert prices["хлеб"] + prices["молоко"] == 140
