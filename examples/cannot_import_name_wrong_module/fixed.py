from shop.prices import discount

print(discount(1000, 15))
