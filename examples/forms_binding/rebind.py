import datetime

print(datetime.timedelta(days=1))

from datetime import datetime  # то же имя datetime — теперь это класс

print(datetime)
print(hasattr(datetime, "timedelta"))

datetime = "просто строка"  # обычное присваивание тоже заменяет имя
print(datetime)
