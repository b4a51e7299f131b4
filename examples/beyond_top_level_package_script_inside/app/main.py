# Скрипт внутри пакета app; запускают его так: python app/main.py
from web import views
