import Utils

print(Utils.greet("Аня"))
