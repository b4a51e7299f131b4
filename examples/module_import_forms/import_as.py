import my_module as mm

print(mm.greet("Борис"))
print(mm.__name__)  # сам модуль по-прежнему называется my_module
print([name for name in globals() if not name.startswith("__")])
