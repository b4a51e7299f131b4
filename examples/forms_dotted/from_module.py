from shop.payments import card

print(card.charge(100))
print(card.__name__)
print([name for name in globals() if not name.startswith("__")])
