from shop.payments.card import pay

pay(500)
