import pkgutil
from importlib import resources

# pkgutil.get_data: имя пакета и путь через /, результат — bytes
print(pkgutil.get_data("greetings", "langs/en.json"))
# старая функция importlib.resources: пакет и имя файла
print(resources.read_text("greetings", "hello.txt"), end="")
