# Скрипт над пакетом app: импортирует пакет по полному имени
from app.web import views
