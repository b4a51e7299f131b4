import sys

import my_package

print("my_package.module1 в sys.modules:", "my_package.module1" in sys.modules)
print("атрибут module1 у пакета:", hasattr(my_package, "module1"))

import helpers  # noqa: E402 (helpers сам импортирует my_package.module1)

print("my_package.module1 в sys.modules:", "my_package.module1" in sys.modules)
print("атрибут module1 у пакета:", hasattr(my_package, "module1"))
my_package.module1.hello()
