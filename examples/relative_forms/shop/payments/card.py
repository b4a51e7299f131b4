from .. import prices                 # модуль prices пакета уровнем выше (shop)
from ..delivery.courier import fee    # имя из модуля соседнего подпакета
from . import *                       # имена из __all__ этого пакета (shop.payments)


def pay(amount):
    total = amount + fee(amount)
    if total > LIMIT:
        raise ValueError("слишком большая сумма")
    print("К оплате картой:", prices.show(total))
