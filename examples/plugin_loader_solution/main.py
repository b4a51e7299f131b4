"""Печатает список задач в формате, который задан в командной строке."""
import importlib
import sys

TASKS = ["купить молоко", "написать отчёт", "позвонить маме"]


def load_plugin(name):
    # каждый формат — модуль в пакете plugins с функцией render(tasks):
    # имя модуля собирается из имени формата: новый файл не требует правок
    module_name = f"plugins.{name}"
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise  # модуль есть, но сам импортирует то, чего нет
        return None


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "plain"
    plugin = load_plugin(name)
    if plugin is None:
        print(f"неизвестный формат: {name}", file=sys.stderr)
        return 2
    print(plugin.render(TASKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
