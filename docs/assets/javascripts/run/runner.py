"""Выполняет команды транскрипта примера внутри Pyodide — так, как их выполнил бы терминал.

Этот файл загружает worker.mjs (в Web Worker, только после нажатия «Запустить»). Пример лежит
в виртуальной файловой системе там же, где у читателя: /home/user/examples/<имя>/.

Каждая команда `python …` — это отдельный процесс у читателя, поэтому перед ней всё, что
меняет выполненный код, возвращается к состоянию сразу после запуска Pyodide: sys.modules,
sys.path, хуки импорта, os.environ, текущая папка, фильтры предупреждений, builtins.

Команды, которых в браузере нет (программы из окружения env/bin/…, флаги -O/-X …), не
выполняются и не подделываются: шаг возвращается с причиной.
"""

import atexit
import builtins
import code
import difflib
import importlib.machinery
import io
import linecache
import os
import re
import runpy
import shlex
import site
import sys
import traceback
import types
import warnings
import zipfile
import zipimport

# Всё, что эмулятор использует, импортировано здесь, заранее: импорт во время команды попал бы
# в sys.modules и в искатели примера (пример со своим искателем в sys.meta_path его увидел бы).

HOME = "/home/user"
# Имя, под которым транскрипты показывают `python` (окружение читателя; см. README).
PYTHON = HOME + "/.venv/bin/python"
PYTHON_NAMES = ("python", "python3")
# Флаги, которые в одном процессе Pyodide можно воспроизвести честно.
SIMPLE_FLAGS = set("BEIPSsqu")
# Модули, которые создают окружения и ставят пакеты: в Pyodide их нет, и это не подделать.
NO_BROWSER_MODULES = {
    "venv": "виртуальных окружений в браузере нет",
    "ensurepip": "pip в браузере нет",
    "pip": "pip в браузере нет: пакеты ставят в окружение у вас на диске",
    "build": "сборка пакетов (build) в браузере не запускается",
}


# Модули, которые CPython 3.13 уже загрузил, когда начинает выполнять код читателя (python -c
# "import sys; print(sorted(sys.modules))" в виртуальном окружении). Pyodide при запуске
# загружает ещё полторы сотни (random, json, zipfile…): перед каждой командой их убирают из
# sys.modules, иначе свой random.py из папки примера не нашёлся бы, как у читателя.
STARTUP_NO_SITE = {
    "__main__", "_abc", "_codecs", "_frozen_importlib", "_frozen_importlib_external", "_imp",
    "_io", "_signal", "_thread", "_warnings", "_weakref", "abc", "builtins", "codecs",
    "encodings", "encodings.aliases", "encodings.utf_8", "io", "linecache", "marshal", "posix",
    "sys", "time", "zipimport",
    # Фильтры предупреждений живут в модуле warnings; эмулятор восстанавливает их там.
    "warnings", "_py_warnings",
}
# То же, когда site включён (без флага -S).
STARTUP = STARTUP_NO_SITE | {
    "_collections_abc", "_sitebuiltins", "_stat", "genericpath", "os", "os.path", "posixpath",
    "pwd", "site", "stat",
}
# Мост между Python и JavaScript: без него Pyodide не работает; коду примера он не виден.
BRIDGE = ("_pyodide", "pyodide")


def bridge(name):
    top = name.split(".")[0]
    return top == "js" or top.startswith(BRIDGE)


class Unsupported(Exception):
    """Команда, которую браузер выполнить не может; текст — причина для читателя."""


class Output(io.TextIOBase):
    """stdout или stderr команды: куски текста попадают в общий список в порядке печати."""

    def __init__(self, chunks, stream):
        self._chunks = chunks
        self._stream = stream

    encoding = "utf-8"
    errors = "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._chunks.append((self._stream, text))
        return len(text)


class Fresh:
    """Состояние интерпретатора сразу после запуска: его возвращают перед каждой командой."""

    def __init__(self):
        self.modules = {name: module for name, module in sys.modules.items()
                        if name in STARTUP or bridge(name)}
        self.path = [p for p in sys.path if p]
        # Искатели Pyodide (JsFinder для `import js` и т. п.) коду примера не нужны.
        self.meta_path = [f for f in sys.meta_path
                          if getattr(f, "__module__", "").startswith("_frozen_importlib")]
        self.path_hooks = list(sys.path_hooks)
        self.environ = dict(os.environ)
        self.filters = list(warnings.filters)
        self.builtins = dict(builtins.__dict__)
        self.executable = sys.executable
        self.argv = list(sys.argv)
        self.streams = (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)
        self.pycache_prefix = sys.pycache_prefix
        self.dont_write_bytecode = sys.dont_write_bytecode

    def restore(self, use_site=True):
        keep = self.modules if use_site else {
            name: module for name, module in self.modules.items()
            if name in STARTUP_NO_SITE or bridge(name)}
        for name in [n for n in sys.modules if n not in keep]:
            del sys.modules[name]
        sys.modules.update(keep)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
        sys.path_hooks[:] = self.path_hooks
        sys.path_importer_cache.clear()
        zipimport._zip_directory_cache.clear()  # пример мог пересобрать свой .zip
        os.environ.clear()
        os.environ.update(self.environ)
        warnings.filters[:] = self.filters
        _warnings_changed()
        builtins.__dict__.clear()
        builtins.__dict__.update(self.builtins)
        sys.executable = self.executable
        sys.argv[:] = self.argv
        sys.stdin, sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__ = self.streams
        sys.pycache_prefix = self.pycache_prefix
        sys.dont_write_bytecode = self.dont_write_bytecode
        # Без importlib.invalidate_caches(): искатели папок сброшены вместе с кэшем выше, а
        # сам вызов импортирует importlib.metadata (в Pyodide — компиляция из zip, 1,5 с).
        linecache.clearcache()


def _warnings_changed():
    for name in ("_filters_mutated_lock_held", "_filters_mutated"):
        changed = getattr(warnings, name, None)
        if changed is not None:
            try:
                changed()
            except Exception:
                pass
            return


FRESH = None


def python_paths(fresh, use_site):
    """Папки стандартной библиотеки (и site-packages, если site включён)."""
    return [p for p in fresh.path if use_site or "site-packages" not in p]


class Shell:
    """Одна сессия терминала в папке примера: текущая папка и код возврата."""

    def __init__(self, root, writes_bytecode):
        global FRESH
        if FRESH is None:
            FRESH = Fresh()
        self.root = root
        self.cwd = root
        self.status = 0
        self.writes_bytecode = writes_bytecode

    # --- команды терминала ---------------------------------------------------------------

    def run(self, command):
        """Выполнить одну команду; вернуть список кусков (поток, текст) и код возврата."""
        chunks = []
        try:
            words = shlex.split(command)
        except ValueError as exc:
            raise Unsupported(f"команду не разобрать: {exc}") from None
        env = {}
        while words and "=" in words[0] and words[0].split("=", 1)[0].isidentifier():
            name, _, value = words.pop(0).partition("=")
            env[name] = value
        if not words:
            raise Unsupported("пустая команда")
        name, args = words[0], words[1:]
        if name == "cd" and not env:
            return self.cd(args), chunks
        if name == "echo" and args == ["$?"] and not env:
            chunks.append(("stdout", f"{self.status}\n"))
            return self.status, chunks
        if name not in PYTHON_NAMES:
            if "/" in name:
                raise Unsupported(
                    f"{name} — программа из окружения примера; окружений и pip в браузере нет")
            raise Unsupported(f"программы {name} в браузере нет")
        self.status = self.python(name, args, env, chunks)
        return self.status, chunks

    def cd(self, args):
        if len(args) != 1:
            raise Unsupported("cd ждёт одну папку")
        target = os.path.normpath(os.path.join(self.cwd, args[0]))
        if not os.path.isdir(target):
            raise Unsupported(f"папки {args[0]} нет")
        self.cwd = target
        self.status = 0
        return 0

    # --- python ----------------------------------------------------------------------------

    def python(self, name, args, env, chunks):
        flags, mode, target, rest, options = parse_python_args(args)
        if mode == "m" and target in NO_BROWSER_MODULES:
            raise Unsupported(f"python -m {target}: {NO_BROWSER_MODULES[target]}")
        full_env = dict(FRESH.environ)
        full_env.update({"HOME": HOME, "PWD": self.cwd})
        full_env.update(env)
        ignore_env = "E" in flags or "I" in flags
        safe_path = "P" in flags or "I" in flags or (
            not ignore_env and full_env.get("PYTHONSAFEPATH"))
        use_site = "S" not in flags

        FRESH.restore(use_site)
        out = Output(chunks, "stdout")
        err = Output(chunks, "stderr")
        try:
            os.chdir(self.cwd)
            os.environ.clear()
            os.environ.update(full_env)
            sys.stdin = io.StringIO("")
            sys.stdout = sys.__stdout__ = out
            sys.stderr = sys.__stderr__ = err
            sys.executable = PYTHON
            sys.dont_write_bytecode = (not self.writes_bytecode or "B" in flags or (
                not ignore_env and bool(full_env.get("PYTHONDONTWRITEBYTECODE"))))
            prefix = options.get("pycache_prefix") or (
                None if ignore_env else full_env.get("PYTHONPYCACHEPREFIX"))
            sys.pycache_prefix = prefix or None
            extra = []
            if not ignore_env and full_env.get("PYTHONPATH"):
                extra = [os.path.join(self.cwd, p) for p in full_env["PYTHONPATH"].split(":")]
            warning_options = list(options.get("W", []))
            if not ignore_env and full_env.get("PYTHONWARNINGS"):
                warning_options[:0] = full_env["PYTHONWARNINGS"].split(",")
            if warning_options:
                warnings._processoptions(warning_options)
            return self.execute(name, mode, target, rest, safe_path, extra, use_site)
        finally:
            sys.stdout.flush()
            FRESH.restore()
            os.chdir(self.root)

    def execute(self, name, mode, target, rest, safe_path, extra, use_site):
        main = types.ModuleType("__main__")
        main.__dict__["__builtins__"] = builtins
        sys.modules["__main__"] = main
        first = []
        if mode == "c":
            first = [""]
            sys.argv[:] = ["-c", *rest]
        elif mode == "m":
            first = [self.cwd]
            sys.argv[:] = ["-m", *rest]
        else:
            path = os.path.join(self.cwd, target)
            sys.argv[:] = [target, *rest]
            if not os.path.exists(path):
                # Интерпретатор называет себя так, как его вызвали (argv[0]).
                print(f"{name}: can't open file {path!r}: [Errno 2] No such file or directory",
                      file=sys.stderr)
                return 2
            first = [path if not os.path.isfile(path) or _is_zip(path)
                     else os.path.dirname(os.path.realpath(path))]
        # Как при запуске python: сначала PYTHONPATH и стандартная библиотека, потом site
        # (site-packages, sitecustomize — его поиск заполняет sys.path_importer_cache), и
        # только потом sys.path[0] — папка скрипта, '' или текущая папка.
        sys.path[:] = extra + python_paths(FRESH, use_site)
        if use_site:
            site.execsitecustomize()
            if site.ENABLE_USER_SITE:
                site.execusercustomize()
        sys.path[:0] = [] if safe_path else first
        try:
            if mode == "c":
                return run_code(main, target, "<string>", loader=_builtin_loader())
            if mode == "m":
                sys.modules["runpy"] = runpy  # python -m запускает модуль через runpy
                runpy._run_module_as_main(target, alter_argv=True)
                return 0
            if os.path.isfile(path) and not _is_zip(path):
                with open(path, "rb") as source:
                    text = source.read()
                loader = importlib.machinery.SourceFileLoader("__main__", path)
                return run_code(main, text, path, loader=loader, file=path)
            if safe_path:
                sys.path.insert(0, path)
            sys.modules["runpy"] = runpy
            runpy._run_module_as_main("__main__", alter_argv=False)
            return 0
        except SystemExit as exc:
            return exit_status(exc)
        except BaseException as exc:
            report(exc, skip=1)
            return 1
        finally:
            run_exit_functions()


def _is_zip(path):
    return os.path.isfile(path) and zipfile.is_zipfile(path)


def _builtin_loader():
    return importlib.machinery.BuiltinImporter


def run_code(main, source, filename, loader, file=None):
    """Выполнить код как __main__ (как `python файл` или `python -c`)."""
    namespace = main.__dict__
    namespace.update({"__name__": "__main__", "__doc__": None, "__package__": None,
                      "__loader__": loader, "__spec__": None})
    if file is not None:
        namespace["__file__"] = file
        namespace["__cached__"] = None
    if isinstance(source, str) and sys.version_info >= (3, 13):
        # Python 3.13+ показывает в traceback строки кода из -c.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:
        report(exc, skip=None)
        return 1
    try:
        exec(code, namespace)
    except SystemExit as exc:
        return exit_status(exc)
    except BaseException as exc:
        report(exc, skip=1)
        return 1
    return 0


def exit_status(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def report(exc, skip):
    """Напечатать traceback, как интерпретатор, без кадров самого эмулятора."""
    tb = exc.__traceback__
    if skip is None:
        tb = None
    else:
        for _ in range(skip):
            if tb is not None:
                tb = tb.tb_next
    exc = exc.with_traceback(tb)
    hook = sys.excepthook
    if hook is sys.__excepthook__:
        traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
    else:
        hook(type(exc), exc, tb)


def run_exit_functions():
    try:
        atexit._run_exitfuncs()
    finally:
        atexit._clear()


def parse_python_args(args):
    """Разобрать аргументы `python`; флаги, которые не воспроизвести, — Unsupported."""
    flags = set()
    options = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-") or arg == "-":
            return flags, "file", arg, args[i + 1:], options
        if arg in ("-c", "-m"):
            if i + 1 >= len(args):
                raise Unsupported(f"после {arg} нужен аргумент")
            return flags, arg[1], args[i + 1], args[i + 2:], options
        if arg.startswith(("-W", "-X")):
            value = arg[2:] or (args[i + 1] if i + 1 < len(args) else "")
            i += 1 if arg[2:] else 2
            if arg.startswith("-W"):
                options.setdefault("W", []).append(value)
                continue
            key, _, val = value.partition("=")
            if key == "pycache_prefix" and val:
                options["pycache_prefix"] = val
                continue
            raise Unsupported(f"флаг -X {value} в браузере не воспроизвести: он меняет "
                              "запуск самого интерпретатора")
        letters = arg[1:]
        if letters.startswith("O"):
            raise Unsupported("флаг -O задают при запуске интерпретатора: в браузере Python "
                              "уже запущен без него")
        if not set(letters) <= SIMPLE_FLAGS:
            raise Unsupported(f"флаг {arg} в браузере не поддерживается")
        flags.update(letters)
        i += 1
    raise Unsupported("интерактивный режим без файла: запустите сеанс >>> в примере .pycon")


# --- транскрипты --------------------------------------------------------------------------

def parse_console(text):
    """(команда, ожидаемый вывод) для каждой строки `$ ` транскрипта."""
    steps = []
    for line in text.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append([line[2:].rstrip("\n"), ""])
        elif steps:
            steps[-1][1] += line
    return steps


# Вывод, который меняется от запуска к запуску и ничему не учит, сравнивается в приведённом
# виде. Правила те же, что у тестов транскриптов (VOLATILE в tests/transcripts.py; что списки
# совпадают, проверяет tests/test_run.py).
VOLATILE = [
    (re.compile(r"^(Ran \d+ tests? in )\d+\.\d+s$", re.MULTILINE), r"\g<1>0.000s"),
    (re.compile(r"^(=* ?(?:(?:\d+ \w+(?:, )?)+|no tests ran) in )\d+\.\d+s( =*)?$", re.MULTILINE),
     r"\g<1>0.01s\g<2>"),
]


def normalize(text):
    for pattern, replacement in VOLATILE:
        # Замена функцией, не шаблоном: шаблон _sre компилирует через sys.modules["re"],
        # а его эмулятор между командами убирает.
        text = pattern.sub(lambda m: re.sub(r"\\g<(\d)>", lambda g: m.group(int(g[1])) or "",
                                            replacement), text)
    return text


def marks(expected, actual):
    """Номера строк вывода, которых нет в транскрипте, и число строк транскрипта, которых нет
    в выводе (перед каждой строкой вывода и в конце)."""
    exp = expected.splitlines()
    act = normalize(actual).splitlines()
    changed = []
    missing = [0] * (len(act) + 1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, exp, act, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(range(j1, j2))
        if tag in ("replace", "delete") and j2 == j1:
            missing[j1] += i2 - i1
    return changed, missing


def run_console(root, text, writes_bytecode):
    shell = Shell(root, writes_bytecode)
    results = []
    for command, expected in parse_console(text):
        step = {"command": command, "expected": expected}
        try:
            status, chunks = shell.run(command)
        except Unsupported as exc:
            step.update(skipped=str(exc), chunks=[], status=None)
            shell.status = 127
        else:
            step.update(chunks=chunks, status=status, skipped=None)
        results.append(step)
        if command == "echo $?" and len(results) > 1 and results[-2]["skipped"]:
            step.update(skipped="код возврата пропущенной команды выше неизвестен", chunks=[])
    return results


def run_pycon(root, text, writes_bytecode):
    """Интерактивный сеанс: блоки `>>> ` / `... ` по очереди, как в REPL, в папке примера."""
    Shell(root, writes_bytecode)
    FRESH.restore()
    chunks = []
    out, err = Output(chunks, "stdout"), Output(chunks, "stderr")
    main = types.ModuleType("__main__")
    main.__dict__.update({"__builtins__": builtins, "__loader__": _builtin_loader(),
                          "__spec__": None, "__package__": None, "__doc__": None})
    try:
        os.chdir(root)
        sys.modules["__main__"] = main
        sys.path[:] = [""] + python_paths(FRESH, True)
        sys.argv[:] = [""]
        sys.stdin = io.StringIO("")
        sys.stdout = sys.__stdout__ = out
        sys.stderr = sys.__stderr__ = err
        sys.executable = PYTHON
        sys.dont_write_bytecode = not writes_bytecode
        console = code.InteractiveConsole(main.__dict__, filename="<stdin>")
        lines = text.splitlines()
        expected = []
        i = 0
        steps = []
        while i < len(lines):
            if not lines[i].startswith(">>> "):
                expected.append(lines[i])
                i += 1
                continue
            if steps:
                steps[-1]["expected"] = "".join(s + "\n" for s in expected)
            expected = []
            block = [lines[i][4:]]
            i += 1
            while i < len(lines) and (lines[i].startswith("... ") or lines[i] == "..."):
                block.append(lines[i][4:])
                i += 1
            start = len(chunks)
            more = False
            for part in block:
                more = console.push(part)
            if more:
                console.push("")
            shown = [">>> " + block[0]] + [("... " + p).rstrip() for p in block[1:]]
            steps.append({"command": "\n".join(shown), "chunks": chunks[start:], "status": 0,
                          "skipped": None, "expected": ""})
        if steps:
            steps[-1]["expected"] = "".join(s + "\n" for s in expected)
        return steps
    finally:
        run_exit_functions()
        FRESH.restore()
        os.chdir(root)


def run(root, transcript, writes_bytecode):
    """Выполнить транскрипт `transcript` (путь внутри папки примера `root`)."""
    with open(os.path.join(root, transcript), encoding="utf-8") as f:
        text = f.read()
    if transcript.endswith(".pycon"):
        steps = run_pycon(root, text, writes_bytecode)
    else:
        steps = run_console(root, text, writes_bytecode)
    os.chdir(HOME)
    for step in steps:
        actual = "".join(t for _, t in step["chunks"])
        step["output"] = actual
        step["changed"], step["missing"] = (([], []) if step["skipped"]
                                            else marks(step["expected"], actual))
    return steps
