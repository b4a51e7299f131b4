import commands
import settings

print("Приложение готово")
