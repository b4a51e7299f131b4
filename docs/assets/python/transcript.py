"""Формат транскриптов: один модуль для тестов (CPython) и для кнопки «Запустить» (Pyodide).

Транскрипт лежит рядом с файлами примера и хранит команды и их точный вывод:

* ``*.console`` — сеанс терминала: строка ``$ КОМАНДА``, за ней вывод команды (stdout и stderr
  в порядке печати);
* ``*.pycon`` — интерактивный сеанс: строки ``>>> `` и ``... `` — ввод, остальные — вывод.

У транскрипта бывают варианты для версий Python: ``run.console`` действует с 3.10,
``run.py313.console`` — с 3.13; для интерпретатора берётся вариант с наибольшей версией, не
выше его собственной.

Здесь всё, что определяет формат: разбор шагов, грамматика строки команды (``python …``,
``VAR=значение``, ``cd``, ``echo $?``), выбор варианта, приведение вывода (VOLATILE), подразумеваемый
код возврата и ведение сеанса REPL. Тесты (tests/harness/cpython.py) выполняют команды в
настоящем CPython, runner.py — в Pyodide; оба читают транскрипт только через этот модуль.

Только стандартная библиотека: файл работает и в тестах, и внутри Pyodide.
"""

import os
import re
import shlex
from dataclasses import dataclass, field

SUFFIXES = (".console", ".pycon")
# Версии Python, на которых проверяется каждый транскрипт (.ci/pythons); транскрипт без версии
# в имени действует с самой старой из них.
MATRIX = ((3, 10), (3, 11), (3, 12), (3, 13), (3, 14), (3, 15))
OLDEST = MATRIX[0]

# Мир читателя, как его показывают транскрипты: домашняя папка с examples/ и виртуальное
# окружение, чей `python` первым стоит в PATH. Пути конкретной машины заменяются этими.
HOME = "/home/user"
EXAMPLES = HOME + "/examples"
VENV = HOME + "/.venv"
PYTHON = VENV + "/bin/python"
# Установка Python, из которой сделано окружение (sys.base_prefix): как у Python, собранного
# из исходников с настройками по умолчанию.
PREFIX = "/usr/local"
# Папка с колёсами, из которой pip в примерах ставит пакеты (без сети).
WHEELHOUSE = HOME + "/wheels"

PYTHON_NAMES = ("python", "python3")
# Программы-инструменты, которые у читателя стоят отдельно от Python (uv — один исполняемый файл).
TOOL_NAMES = ("uv", "uvx")
# Имя переменной окружения перед командой (VAR=значение), как в POSIX-оболочке.
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
VARIANT = re.compile(r"^(?P<stem>.+?)(?:\.py(?P<major>3)(?P<minor>\d{1,2}))?(?P<suffix>\.console|\.pycon)$")
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(: .*)?$")
SYNTAX_ERROR_LINE = re.compile(r"^(SyntaxError|IndentationError|TabError): ")
REPL_PROMPT = ">>> "


class TranscriptError(Exception):
    """Транскрипт, который нельзя выполнить так, как он написан (это не расхождение вывода)."""


# --- варианты по версиям ------------------------------------------------------------------

def transcript_version(name):
    """Первая версия Python, к которой относится файл транскрипта (имя или путь)."""
    m = VARIANT.match(os.path.basename(name))
    if not m or not m["major"]:
        return OLDEST
    return (int(m["major"]), int(m["minor"]))


def transcript_group(name):
    """Имя файла, общее у транскрипта и его вариантов: …/run.py314.console → run.console."""
    m = VARIANT.match(os.path.basename(name))
    return m["stem"] + m["suffix"]


def variant_name(name, version):
    """Имя файла группы ``name``, который действует с версии ``version``."""
    m = VARIANT.match(os.path.basename(name))
    tag = "" if version == OLDEST else f".py{version[0]}{version[1]}"
    return os.path.join(os.path.dirname(name), m["stem"] + tag + m["suffix"])


def select_variant(candidates, version):
    """Вариант группы (список имён или путей), который действует на версии ``version``."""
    usable = [p for p in candidates if transcript_version(str(p)) <= version]
    return max(usable, key=lambda p: transcript_version(str(p)), default=None)


# --- приведение вывода ----------------------------------------------------------------------

# Вывод, который меняется от запуска к запуску и ничему не учит, сравнивается в приведённом
# виде; каждое правило описано в .github/CONTRIBUTING.md («Правила транскриптов»). Замена —
# функцией, не шаблоном: шаблон `\g<1>` модуль _sre разбирает через sys.modules["re"], а
# эмулятор в Pyodide между командами убирает его оттуда.
VOLATILE = [
    # unittest: "Ran 1 test in 0.002s" → "Ran 1 test in 0.000s".
    (re.compile(r"^(Ran \d+ tests? in )\d+\.\d+s$", re.MULTILINE),
     lambda m: m[1] + "0.000s"),
    # pytest: "2 passed in 0.13s", "=== 1 failed, 1 passed in 0.2s ===",
    # "no tests ran in 0.5s" → "in 0.01s".
    (re.compile(r"^(=* ?(?:(?:\d+ \w+(?:, )?)+|no tests ran) in )\d+\.\d+s( =*)?$", re.MULTILINE),
     lambda m: m[1] + "0.01s" + (m[2] or "")),
    # uv: "Resolved 3 packages in 12ms", "Installed 1 package in 1.20s",
    # "Bytecode compiled 7 files in 25ms" → "in 1ms".
    (re.compile(r"^((?:(?:Resolved|Prepared|Installed|Uninstalled|Audited|Checked) \d+ packages?"
                r"|Bytecode compiled \d+ files?) in )\d+(?:\.\d+)?m?s$", re.MULTILINE),
     lambda m: m[1] + "1ms"),
]


def normalize(text):
    """Вывод в том виде, в каком его сравнивают с транскриптом: \\n вместо \\r\\n, VOLATILE."""
    text = text.replace("\r\n", "\n")
    for pattern, replace in VOLATILE:
        text = pattern.sub(replace, text)
    return text


# --- транскрипт терминала -------------------------------------------------------------------

@dataclass
class ConsoleStep:
    """Одна команда транскрипта: номер строки, команда без ``$ `` и её ожидаемый вывод."""

    line: int
    command: str
    expected: str = ""


def parse_console(text):
    """Разбить транскрипт терминала на шаги; вывод до первой команды — ошибка."""
    steps = []
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        if line.startswith("$ "):
            steps.append(ConsoleStep(number, line[2:].rstrip("\n")))
        elif not steps:
            raise TranscriptError(f"строка {number}: транскрипт терминала начинается с команды '$ '")
        else:
            steps[-1].expected += line
    return steps


@dataclass
class Command:
    """Разобранная строка команды.

    ``kind``: ``"cd"``, ``"status"`` (``echo $?``), ``"python"`` (``python``/``python3``),
    ``"tool"`` (``uv``, ``uvx``) или ``"program"`` (программа, которую пример сделал в своей папке:
    ``env/bin/python``).
    """

    kind: str
    name: str
    args: list
    env: dict = field(default_factory=dict)


def parse_command(line):
    """Разобрать строку после ``$ ``: слова как у оболочки, ``VAR=значение`` впереди."""
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise TranscriptError(f"команду не разобрать: {exc}") from None
    env = {}
    while words and "=" in words[0] and ENV_NAME.match(words[0].split("=", 1)[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    if not words:
        raise TranscriptError("пустая команда")
    name, args = words[0], words[1:]
    if name == "cd" and not env:
        if len(args) != 1:
            raise TranscriptError("cd ждёт одну папку")
        return Command("cd", name, args)
    if name == "echo" and args == ["$?"] and not env:
        return Command("status", name, args)
    if name in PYTHON_NAMES:
        return Command("python", name, args, env)
    if name in TOOL_NAMES:
        return Command("tool", name, args, env)
    if "/" in name and not os.path.isabs(name):
        return Command("program", name, args, env)
    raise TranscriptError(
        f"команда {name!r} не поддерживается: в транскриптах бывают python, uv и uvx, программа, "
        "которую пример сделал в своей папке (env/bin/python, env/bin/greet), cd ПАПКА, echo $? и "
        "приставки VAR=значение")


def inside(root, path):
    """Лежит ли ``path`` в папке ``root`` (или это она сама); пути уже абсолютные."""
    root = os.path.realpath(root)
    path = os.path.realpath(path)
    return path == root or path.startswith(root.rstrip("/") + "/")


def cd_target(root, cwd, folder):
    """Папка, в которую ведёт ``cd folder`` из ``cwd``; из папки примера выйти нельзя."""
    target = os.path.normpath(os.path.join(cwd, folder))
    if not os.path.isdir(target):
        raise TranscriptError(f"папки {folder!r} нет")
    if not inside(root, target):
        raise TranscriptError(f"cd {folder} выходит из папки примера")
    return target


def program_path(root, cwd, name):
    """Путь программы ``name`` (``env/bin/python``); она должна лежать в папке примера.

    normpath, а не realpath: bin/python окружения — ссылка на Python, из которого оно сделано.
    """
    target = os.path.normpath(os.path.join(cwd, name))
    if not inside(root, os.path.dirname(target)):
        raise TranscriptError(f"{name} лежит вне папки примера")
    return target


def implied_status(output):
    """Код возврата, который читатель понимает без ``echo $?``: 1 после сообщения об ошибке.

    Сообщение об ошибке — traceback, который кончается строкой исключения, или сообщение о
    синтаксической ошибке (его Python печатает без заголовка «Traceback»).
    """
    lines = output.rstrip("\n").splitlines()
    if not lines:
        return 0
    if "Traceback (most recent call last):" in lines and EXCEPTION_LINE.match(lines[-1]):
        return 1
    if SYNTAX_ERROR_LINE.match(lines[-1]):
        return 1
    return 0


def status_is_shown(steps, index):
    """Виден ли код возврата шага ``index`` читателю без вывода: за ним идёт ``echo $?`` или
    это не запуск программы (cd, echo)."""
    following = steps[index + 1].command if index + 1 < len(steps) else None
    return following == "echo $?" or steps[index].command.startswith(("cd ", "echo "))


# --- интерактивный сеанс ------------------------------------------------------------------

def check_pycon(text):
    if not text.startswith(REPL_PROMPT):
        raise TranscriptError("строка 1: интерактивный транскрипт начинается с '>>> '")


def drive_repl(text, namespace, on_block):
    """Провести сеанс REPL транскрипта ``text`` в пространстве имён ``namespace``.

    Для каждого блока ввода (строка ``>>> `` и её строки ``... ``) вызывает
    ``on_block(shown, expected, execute)``: ``shown`` — строки ввода, как их показывает
    транскрипт, ``expected`` — вывод блока в транскрипте, ``execute()`` передаёт блок консоли.
    Куда идёт вывод, решает ``on_block``.

    Функция самодостаточна (импортирует только code): тесты передают её исходный текст в
    проверяемый интерпретатор через ``python -c``, чтобы в сеансе не появилось лишних модулей.
    """
    import code

    console = code.InteractiveConsole(namespace, filename="<stdin>")
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith(">>> "):
            i += 1
            continue
        block = [lines[i][4:]]
        i += 1
        while i < len(lines) and (lines[i].startswith("... ") or lines[i] == "..."):
            block.append(lines[i][4:])
            i += 1
        expected = []
        while i < len(lines) and not lines[i].startswith(">>> "):
            expected.append(lines[i] + "\n")
            i += 1

        def execute(block=block):
            more = False
            for part in block:
                more = console.push(part)
            if more:
                console.push("")

        shown = [">>> " + block[0]] + [("... " + part).rstrip() for part in block[1:]]
        on_block(shown, "".join(expected), execute)
