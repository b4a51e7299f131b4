from shop.payments.card import charge

print(charge(100))
print([name for name in globals() if not name.startswith("__")])
