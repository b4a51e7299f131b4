import settings

print("Выполняется код модуля report")


def title():
    return "Отчёт, язык: " + settings.language
