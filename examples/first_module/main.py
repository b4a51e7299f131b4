import my_module

print(my_module.greet("Аня"))
print(my_module.pi)
