from my_module import greet, pi

print(greet("Вера"))
print(pi)
print([name for name in globals() if not name.startswith("__")])
print(my_module)  # имени my_module здесь нет
