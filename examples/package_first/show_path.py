import my_package
from my_package import module1

print(my_package)
print(module1)
print(my_package.__path__)
print(hasattr(module1, "__path__"))
