from textkit import slugify

print(slugify("Модули и пакеты"))
