"""Команда textkit: пропускает текст через все найденные плагины по очереди."""
import sys

from textkit.plugins import from_entry_points, from_namespace


def main():
    args = sys.argv[1:]
    if args[:1] == ["--scan"]:  # искать перебором пакета textkit_plugins
        plugins = from_namespace()
        args = args[1:]
    else:  # по умолчанию — по точкам входа
        plugins = from_entry_points()
    text = " ".join(args)
    print("плагины:", ", ".join(name for name, _ in plugins) or "нет")
    for name, transform in plugins:
        text = transform(text)
        print(f"{name}: {text}")
