import pathlib

import greetings
from greetings import by_file, by_resources

print("пакет:", greetings.__file__)
print("files() дал pathlib.Path:", isinstance(by_resources.files("greetings"), pathlib.Path))
print("resources:", by_resources.hello(), end="")
print("языки:", by_resources.languages())
print("ru:", by_resources.phrase("ru"))
print("__file__: ", by_file.hello(), end="")
