import convert

print("Сегодня 20 °C =", convert.to_fahrenheit(20), "°F")
