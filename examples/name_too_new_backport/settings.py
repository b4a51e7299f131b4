# tomllib есть с Python 3.11; в 3.10 тот же код даёт бэкпорт tomli.
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

with open("settings.toml", "rb") as file:
    settings = tomllib.load(file)

print(settings["title"])
