# Ошибка: имя модуля пишут без .py.
import hello.py
