import orders

print("Покупатель по умолчанию:", orders.GUEST.name)
