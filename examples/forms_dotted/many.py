import json, shop.payments  # можно, но PEP 8 советует один модуль на строку
from shop.payments.card import (
    FEE as card_fee,
    charge,
)

print(json.dumps({"fee": card_fee}))
print(charge(100))
print([name for name in globals() if not name.startswith("__")])
