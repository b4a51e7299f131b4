import shop.payments.card

print(shop.payments.card.charge(100))
print(shop.__name__)
# Имена этого модуля (служебные __имена__ не считаем):
print([name for name in globals() if not name.startswith("__")])
