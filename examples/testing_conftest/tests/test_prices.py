def test_positive(prices):
    assert all(price > 0 for price in prices.values())


def test_rootdir(request):
    print()
    print("rootdir:", request.config.rootpath)
    print("configfile:", request.config.inipath)
