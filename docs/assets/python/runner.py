"""Выполняет команды транскрипта примера внутри Pyodide — так, как их выполнил бы терминал.

Этот файл загружает worker.mjs (в Web Worker, только после нажатия «Запустить») и вызывает
init(), затем run() для каждого запуска. Пример лежит в виртуальной файловой системе там же, где
у читателя: /home/user/examples/<имя>/. Формат транскрипта (шаги, строка команды, cd, REPL,
приведение вывода) — в transcript.py, общем с тестами; здесь только то, что умеет один
эмулятор: свежий процесс `python` внутри уже запущенного Pyodide.

Каждая команда `python …` — это отдельный процесс у читателя, поэтому перед ней всё, что
меняет выполненный код, возвращается к состоянию сразу после запуска Pyodide: sys.modules,
sys.path, хуки импорта, os.environ, текущая папка, фильтры предупреждений, builtins.

Команды, которых в браузере нет (программы из окружения env/bin/…, флаги -O/-X …), не
выполняются и не подделываются: шаг возвращается с причиной.
"""

import atexit
import builtins
import code
import codeop
import dataclasses
import difflib
import importlib.machinery
import io
import linecache
import os
import runpy
import site
import sys
import traceback
import types
import warnings
import zipfile
import zipimport

import tracer
import transcript

# Всё, что эмулятор использует, импортировано здесь, заранее: импорт во время команды попал бы
# в sys.modules и в искатели примера (пример со своим искателем в sys.meta_path его увидел бы).

HOME = transcript.HOME
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


# Предел вывода одной команды (или всего сеанса >>>): больше страница не показывает, а
# программа, которая печатает без конца (`while True: print(1)`), на нём останавливается.
MAX_LINES = 2000
MAX_CHARS = 200_000
TRUNCATED = (f"вывод обрезан: больше {MAX_LINES} строк или {MAX_CHARS} знаков, "
             "программа остановлена")


class OutputLimit(BaseException):
    """Вывод команды дошёл до предела: программа останавливается (как от Ctrl+C, мимо
    `except Exception`)."""


class Capture:
    """Вывод одной команды: куски (поток, текст) в порядке печати, не больше предела."""

    def __init__(self):
        self.chunks = []
        self.lines = 0
        self.chars = 0
        self.truncated = None  # TRUNCATED, когда вывод обрезан
        self.closed = False  # после остановки: остальное (atexit, traceback) не печатается
        self.trace = None  # события tracer.py, если запуск с трассировкой импорта
        self.trace_truncated = False

    def add(self, stream, text):
        if self.closed:
            return
        if self.truncated:
            raise OutputLimit
        # Сколько текста влезает: до MAX_LINES-го перевода строки и до MAX_CHARS знаков.
        end = len(text)
        room = MAX_LINES - self.lines
        if text.count("\n") >= room:
            end = -1
            for _ in range(room):
                end = text.find("\n", end + 1)
            end += 1
        end = min(end, MAX_CHARS - self.chars)
        if end == len(text):
            self.chunks.append((stream, text))
            self.chars += len(text)
            self.lines += text.count("\n")
            return
        if end > 0:
            self.chunks.append((stream, text[:end]))
        self.truncated = TRUNCATED
        raise OutputLimit


class Output(io.TextIOBase):
    """stdout или stderr команды: куски текста попадают в Capture в порядке печати."""

    def __init__(self, capture, stream):
        self._capture = capture
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
            self._capture.add(self._stream, text)
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


# Состояние сразу после запуска Pyodide; его снимает init(), до первого запуска.
FRESH = None


def init():
    """Запомнить состояние интерпретатора сразу после запуска: к нему возвращается каждая команда.

    worker.mjs вызывает её один раз, когда runner.py загружен, а путь к нему убран из sys.path."""
    global FRESH
    FRESH = Fresh()
    _keep_stdlib_code([p for p in FRESH.path if _is_zip(p)])


def _keep_stdlib_code(archives):
    """Скомпилированный код модулей стандартной библиотеки — один раз на воркер.

    Стандартная библиотека Pyodide — архив только с исходниками (.py, без .pyc), и zipimport
    компилирует модуль при каждом импорте. Каждая команда начинает со свежего sys.modules
    (Fresh.restore), поэтому `python -m unittest` компилировал unittest заново на каждой
    команде (в Chromium — заметная доля секунды). Объект кода неизменяем: новый модуль
    выполняет тот же код, что выполнил бы после компиляции, — меняется только время. Только для
    архивов стандартной библиотеки: zip примера может быть пересобран, а его код может
    предупреждать при компиляции (SyntaxWarning), и это предупреждение читатель должен увидеть."""
    compile_source = zipimport._compile_source
    kept = {}
    prefixes = tuple(archive + os.sep for archive in archives)

    def compile_once(pathname, source):
        if not pathname.startswith(prefixes):
            return compile_source(pathname, source)
        key = (pathname, source)
        if key not in kept:
            kept[key] = compile_source(pathname, source)
        return kept[key]

    zipimport._compile_source = compile_once


def python_paths(fresh, use_site):
    """Папки стандартной библиотеки (и site-packages, если site включён)."""
    return [p for p in fresh.path if use_site or "site-packages" not in p]


class Shell:
    """Одна сессия терминала в папке примера: текущая папка и код возврата."""

    def __init__(self, root, writes_bytecode, trace=False):
        if FRESH is None:
            raise RuntimeError("сначала init()")
        self.root = root
        self.cwd = root
        self.status = 0
        self.writes_bytecode = writes_bytecode
        self.trace = trace  # записывать ли, как шёл импорт (tracer.py)

    # --- команды терминала ---------------------------------------------------------------

    def run(self, line):
        """Выполнить одну команду; вернуть код возврата и её вывод (Capture).

        Ошибка транскрипта (transcript.TranscriptError) и команда, которой в браузере нет
        (Unsupported), — исключения; их текст — причина для читателя."""
        capture = Capture()
        command = transcript.parse_command(line)
        if command.kind == "cd":
            self.cwd = transcript.cd_target(self.root, self.cwd, command.args[0])
            self.status = 0
            return 0, capture
        if command.kind == "status":
            capture.add("stdout", f"{self.status}\n")
            return self.status, capture
        if command.kind == "program":
            # Где лежит программа, проверяют тесты; в браузере её не запустить в любом случае
            # (а после пропущенного `cd` текущая папка и не та, что у читателя).
            raise Unsupported(f"{command.name} — программа из окружения примера; окружений и pip "
                              "в браузере нет")
        if command.kind == "tool":
            raise Unsupported(f"{command.name} — отдельная программа, не Python; в браузере её нет, "
                              "как нет окружений и установки пакетов")
        self.status = self.python(command.name, command.args, command.env, capture)
        return self.status, capture

    # --- python ----------------------------------------------------------------------------

    def python(self, name, args, env, capture):
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
        out = Output(capture, "stdout")
        err = Output(capture, "stderr")
        try:
            os.chdir(self.cwd)
            os.environ.clear()
            os.environ.update(full_env)
            sys.stdin = io.StringIO("")
            sys.stdout = sys.__stdout__ = out
            sys.stderr = sys.__stderr__ = err
            sys.executable = transcript.PYTHON
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
            return self.execute(name, mode, target, rest, safe_path, extra, use_site, capture)
        except OutputLimit:  # например, traceback длиннее предела
            capture.closed = True
            return 1
        finally:
            try:
                sys.stdout.flush()  # пример мог заменить sys.stdout буферизованным потоком
            except (Exception, OutputLimit):
                pass
            capture.closed = True
            FRESH.restore()
            os.chdir(self.root)

    def execute(self, name, mode, target, rest, safe_path, extra, use_site, capture):
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
        # Как шёл импорт: с этого места, как в CPython, где tracer.py включает sitecustomize.
        recorder = tracer.Tracer(self.root) if self.trace else None
        if recorder:
            recorder.start()
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
        except OutputLimit:
            capture.closed = True
            return 1
        except SystemExit as exc:
            return exit_status(exc)
        except BaseException as exc:
            report(exc, skip=1)
            return 1
        finally:
            try:
                run_exit_functions()
            finally:
                if recorder:
                    recorder.stop()
                    capture.trace = recorder.events
                    capture.trace_truncated = recorder.truncated


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
    except OutputLimit:
        raise
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
    raise Unsupported("интерактивный режим (python без файла, -c или -m) здесь не запускается: "
                      "напишите код в файл или в python -c")


# --- транскрипты --------------------------------------------------------------------------

@dataclasses.dataclass
class Step:
    """Один шаг запуска: так worker.mjs передаёт его странице (run.js строит по нему вывод).

    command  — команда без «$ » или строки ввода REPL («>>> …», «... …»), соединённые \n;
    expected — вывод шага в транскрипте;
    chunks   — [поток, текст] в порядке печати, поток — "stdout" или "stderr";
    status   — код возврата; None, если команда не выполнялась;
    skipped  — почему команда в браузере не выполнялась (текст для читателя) или None;
    output   — весь вывод (тексты chunks подряд);
    changed  — номера строк output, которых нет в транскрипте (после transcript.normalize);
    missing  — сколько строк транскрипта не хватает перед каждой строкой output и в конце;
    truncated — почему вывод обрезан (предел MAX_LINES/MAX_CHARS) или None;
    trace    — события импорта (tracer.py), если запуск шёл с трассировкой и команда — python;
    trace_truncated — событий больше tracer.MAX_EVENTS, лишние не записаны.
    """

    command: str
    expected: str
    chunks: list = dataclasses.field(default_factory=list)
    status: object = None
    skipped: object = None
    output: str = ""
    changed: list = dataclasses.field(default_factory=list)
    missing: list = dataclasses.field(default_factory=list)
    truncated: object = None
    trace: object = None
    trace_truncated: bool = False

    def finish(self):
        """Заполнить output, changed и missing по chunks."""
        self.output = "".join(text for _, text in self.chunks)
        if not self.skipped:
            self.changed, self.missing = marks(self.expected, self.output)
        return self


def marks(expected, actual):
    """Номера строк вывода, которых нет в транскрипте, и число строк транскрипта, которых нет
    в выводе (перед каждой строкой вывода и в конце)."""
    exp = expected.splitlines()
    act = transcript.normalize(actual).splitlines()
    changed = []
    missing = [0] * (len(act) + 1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, exp, act, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(range(j1, j2))
        if tag in ("replace", "delete") and j2 == j1:
            missing[j1] += i2 - i1
    return changed, missing


def run_console(root, text, writes_bytecode, trace=False):
    shell = Shell(root, writes_bytecode, trace)
    steps = []
    for parsed in transcript.parse_console(text):
        step = Step(parsed.command, parsed.expected)
        if parsed.command == "echo $?" and steps and steps[-1].skipped:
            step.skipped = "код возврата пропущенной команды выше неизвестен"
        else:
            run_step(shell, step)
        steps.append(step)
    return steps


def run_step(shell, step):
    """Выполнить команду шага в сеансе ``shell`` и заполнить шаг; команда, которой в браузере
    нет, — пропуск с причиной и код возврата 127, как у оболочки, не нашедшей программу."""
    try:
        step.status, capture = shell.run(step.command)
    except (Unsupported, transcript.TranscriptError) as exc:
        step.skipped = str(exc)
        shell.status = 127
    else:
        step.chunks, step.truncated = capture.chunks, capture.truncated
        step.trace, step.trace_truncated = capture.trace, capture.trace_truncated


def run_pycon(root, text, writes_bytecode):
    """Интерактивный сеанс: блоки `>>> ` / `... ` по очереди, как в REPL, в папке примера."""
    transcript.check_pycon(text)
    Shell(root, writes_bytecode)
    FRESH.restore()
    capture = Capture()
    steps = []
    out, err = Output(capture, "stdout"), Output(capture, "stderr")
    main = types.ModuleType("__main__")
    main.__dict__.update({"__builtins__": builtins, "__loader__": _builtin_loader(),
                          "__spec__": None, "__package__": None, "__doc__": None})

    def on_block(shown, expected, execute):
        start = len(capture.chunks)
        try:
            execute()
        finally:
            steps.append(Step("\n".join(shown), expected, capture.chunks[start:], status=0,
                              truncated=capture.truncated))

    try:
        os.chdir(root)
        sys.modules["__main__"] = main
        # Как в тестах: консоль REPL — модуль code (он импортирован заранее, см. начало файла).
        sys.modules.update(code=code, codeop=codeop)
        sys.path[:] = [""] + python_paths(FRESH, True)
        sys.argv[:] = [""]
        sys.stdin = io.StringIO("")
        sys.stdout = sys.__stdout__ = out
        sys.stderr = sys.__stderr__ = err
        sys.executable = transcript.PYTHON
        sys.dont_write_bytecode = not writes_bytecode
        try:
            transcript.drive_repl(text, main.__dict__, on_block)
        except OutputLimit:
            pass  # сеанс остановлен: следующие блоки не выполняются
        return steps
    finally:
        capture.closed = True
        run_exit_functions()
        FRESH.restore()
        os.chdir(root)


def run(root, name, writes_bytecode, trace=False):
    """Выполнить транскрипт ``name`` (путь внутри папки примера ``root``); вернуть шаги (Step)
    словарями — в таком виде их получает страница. ``trace`` — записать, как шёл импорт в
    каждой команде python (сеанс >>> не трассируется)."""
    with open(os.path.join(root, name), encoding="utf-8") as f:
        text = f.read()
    if name.endswith(".pycon"):
        steps = run_pycon(root, text, writes_bytecode)
    else:
        steps = run_console(root, text, writes_bytecode, trace)
    os.chdir(HOME)
    return [dataclasses.asdict(step.finish()) for step in steps]


def command(root, cwd, status, line, trace=False):
    """Одна команда песочницы (docs/practice/sandbox.md): ``line`` в папке ``cwd`` (путь от
    ``root``, "" — сам проект) после команды с кодом возврата ``status``. Вернуть шаг (как у
    run(), без сравнения с транскриптом: ожидаемого вывода нет), новую текущую папку и код
    возврата — их страница передаст со следующей командой."""
    shell = Shell(root, False, trace)
    shell.cwd = os.path.normpath(os.path.join(root, cwd))
    shell.status = status
    step = Step(line, "")
    run_step(shell, step)
    os.chdir(HOME)
    step.output = "".join(text for _, text in step.chunks)
    cwd = "" if shell.cwd == root else os.path.relpath(shell.cwd, root)
    return {"step": dataclasses.asdict(step), "cwd": cwd, "status": shell.status}


def list_files(root):
    """Файлы примера для редактора: [путь от root, текст или None для двоичного файла]."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = None  # двоичный файл (архив .zip): не редактируется
            found.append([os.path.relpath(path, root), text])
    return found
