"""Плагин, которому нужна библиотека requests: здесь она не установлена."""
import requests

NAME = "weather"


def run(args):
    print(requests.get("https://example.com/weather").text)
