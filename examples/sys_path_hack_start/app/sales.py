"""Продажи по месяцам и подсчёт итогов."""

SALES = [
    ("январь", 1200),
    ("январь", 800),
    ("февраль", 1500),
    ("март", 700),
    ("март", 900),
]


def totals_by_month(sales):
    # Сумма продаж за каждый месяц, в порядке месяцев
    totals = {}
    for month, amount in sales:
        totals[month] = totals.get(month, 0) + amount
    return totals
