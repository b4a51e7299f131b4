"""Готовит заметки к сохранению в JSON-файлы."""

import json
import sys
from pathlib import PurePosixPath

from tinyslug import slugify

from notes.storage import load_all


def plan_export(folder):
    """Возвращает список пар (путь к файлу, содержимое)."""
    result = []
    for title, text in load_all().items():
        path = PurePosixPath(folder) / (slugify(title) + ".json")
        content = json.dumps({"title": title, "text": text}, ensure_ascii=False)
        result.append((str(path), content))
    return result


if __name__ == "__main__":
    for path, content in plan_export(sys.argv[1]):
        print(path, content)
