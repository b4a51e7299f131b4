"""Цены со скидкой."""


def discounted(price, percent):
    # Цена со скидкой в процентах, округлённая до рубля
    return round(price * (100 - percent) / 100)
