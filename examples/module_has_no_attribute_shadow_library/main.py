import colors

print(colors.RED)
