from shop import cart
