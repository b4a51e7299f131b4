from shop import cart

basket = cart.Cart()
basket.add("книга", 500)
print("Товаров в корзине:", len(basket.items))
