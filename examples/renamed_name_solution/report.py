"""Отчёт, написанный под старую версию configlib."""
from configlib import load_config

SETTINGS = """
title = Продажи за май
currency = RUB
"""

config = load_config(SETTINGS)
print(config["title"], "в", config["currency"])
