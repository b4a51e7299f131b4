import my_module

print(my_module.greet("Аня"))
print(my_module.pi)
# Какие имена появились в этом модуле (служебные __имена__ не считаем):
print([name for name in globals() if not name.startswith("__")])
