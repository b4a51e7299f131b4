"""Печатает список задач в формате, который задан в командной строке."""
import sys

TASKS = ["купить молоко", "написать отчёт", "позвонить маме"]


def load_plugin(name):
    # каждый формат — модуль в пакете plugins с функцией render(tasks)
    if name == "plain":
        from plugins import plain
        return plain
    elif name == "markdown":
        from plugins import markdown
        return markdown
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
