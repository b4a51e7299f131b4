"""Два способа найти плагины textkit. Каждый возвращает список пар (имя, функция)."""
import importlib
import pkgutil
import sys
from importlib.metadata import entry_points


def report(name, exc):
    """Плагин, который не загрузился, не должен ронять программу: сообщить и идти дальше."""
    print(f"textkit: плагин {name} пропущен: {type(exc).__name__}: {exc}", file=sys.stderr)


def from_entry_points():
    """Способ 1: точки входа группы textkit.plugins из метаданных установленных дистрибутивов."""
    found = []
    for ep in sorted(entry_points(group="textkit.plugins"), key=lambda ep: ep.name):
        try:
            found.append((ep.name, ep.load()))  # load() импортирует модуль только сейчас
        except Exception as exc:
            report(f"{ep.name} ({ep.dist.name} {ep.dist.version})", exc)
    return found


def from_namespace():
    """Способ 2: перебрать модули пакета пространства имён textkit_plugins."""
    try:
        import textkit_plugins
    except ModuleNotFoundError:  # ни одного плагина не установлено
        return []
    found = []
    for info in sorted(pkgutil.iter_modules(textkit_plugins.__path__), key=lambda i: i.name):
        try:
            module = importlib.import_module("textkit_plugins." + info.name)
            found.append((info.name, module.transform))
        except Exception as exc:
            report(info.name, exc)
    return found
