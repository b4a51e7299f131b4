def money(amount):
    return str(amount) + " ₽"
