"""Печатает, что записано в заголовке байт-кода модуля greeting."""
import importlib.util
import os

pyc = importlib.util.cache_from_source("greeting.py")
with open(pyc, "rb") as f:
    header = f.read(16)  # магическое число, флаги и 8 байт проверки

flags = int.from_bytes(header[4:8], "little")
source = os.stat("greeting.py")
if flags == 0:
    mtime = int.from_bytes(header[8:12], "little")
    size = int.from_bytes(header[12:16], "little")
    print("проверка по времени изменения и размеру исходника")
    print("  время совпадает с greeting.py:", mtime == int(source.st_mtime))
    print("  размер в байтах:", size, "| у greeting.py:", source.st_size)
else:
    print("проверка по хешу исходника, флаги:", flags)
