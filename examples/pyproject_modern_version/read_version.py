"""Печатает версию дистрибутива ru-greeting из его метаданных."""

from importlib.metadata import PackageNotFoundError, version

try:
    print(version("ru-greeting"))
except PackageNotFoundError as error:
    print(f"PackageNotFoundError: {error}")
