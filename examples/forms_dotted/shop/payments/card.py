print("Выполняется", __name__)

FEE = 2  # комиссия, рублей


def charge(amount):
    return f"Списано с карты: {amount + FEE} руб."
