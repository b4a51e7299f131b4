import sys


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "мир"
    print(f"Привет, {name}!")
    # Инструмент uv всегда работает в своём виртуальном окружении.
    print("своё окружение:", sys.prefix != sys.base_prefix)
