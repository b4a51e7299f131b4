import prices

print(prices.total(3))
