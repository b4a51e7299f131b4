from . import config            # модуль config из этого же пакета (shop)
from .config import TAX_RATE    # имя из модуля shop.config


def with_tax(amount):
    return round(amount * (1 + TAX_RATE), 2)


def show(amount):
    return str(with_tax(amount)) + " " + config.CURRENCY
