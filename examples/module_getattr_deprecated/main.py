import textutils

print(textutils.slugify("Модули и пакеты"))
print(textutils.make_slug("Модули и пакеты"))
