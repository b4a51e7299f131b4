import my_module

print(my_module.greet("Аня"))
print(my_module.pi)
print("Имя модуля main.py:", __name__)
