from calc import add  # было: from calc import ad

print(add(2, 3))
