import helper
import tools

print(helper.greet("Аня"))
print("tools", tools.VERSION)
