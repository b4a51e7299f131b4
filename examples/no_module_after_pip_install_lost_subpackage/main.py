from greeting.langs import ru

print(ru.hello("Аня"))
