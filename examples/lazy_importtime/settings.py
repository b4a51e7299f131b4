import time

time.sleep(0.3)  # будто читаем и проверяем файл настроек
DEBUG = False
