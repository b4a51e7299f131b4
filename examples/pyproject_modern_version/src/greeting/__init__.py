"""Приветствия. Версию пакет берёт из метаданных установленного дистрибутива."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ru-greeting")  # имя дистрибутива, а не пакета
except PackageNotFoundError:
    # Дистрибутив не установлен: код запущен прямо из исходников.
    __version__ = "0+unknown"


def hello(name):
    return "Привет, " + name + "!"
