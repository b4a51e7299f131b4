# Те же два действия стандартной библиотекой.
from importlib.metadata import version
from importlib.resources import files

print(version("setuptools"))
print(files("greetings").joinpath("hello.txt").read_text(encoding="utf-8"), end="")
