"""Экспорт в YAML: нужна сторонняя библиотека PyYAML."""
import yaml


def export(rows):
    print(yaml.safe_dump(rows), end="")
