def fee(amount):
    return 0 if amount >= 1000 else 300
