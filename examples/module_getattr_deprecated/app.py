import legacy

print(legacy.title_to_url("Модули и пакеты"))
