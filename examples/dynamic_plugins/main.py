"""Находит плагины в пакете plugins и запускает выбранный по имени."""
import importlib
import pkgutil
import sys

import plugins


def load_plugins():
    registry = {}
    prefix = plugins.__name__ + "."
    for info in pkgutil.iter_modules(plugins.__path__, prefix=prefix):
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:
            print(f"пропущен {info.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        registry[module.NAME] = module
    return registry


def main():
    registry = load_plugins()
    if len(sys.argv) < 2:
        print("плагины:", ", ".join(sorted(registry)))
        return 0
    name, args = sys.argv[1], sys.argv[2:]
    if name not in registry:
        print(f"нет плагина {name!r}; есть: {', '.join(sorted(registry))}", file=sys.stderr)
        return 2
    registry[name].run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
