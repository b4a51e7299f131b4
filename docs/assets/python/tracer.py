"""«Как шёл импорт»: события импорта одного запуска `python …`, по порядку.

Один и тот же файл работает в двух местах: в браузере его включает runner.py (кнопка «Как шёл
импорт» под транскриптом), а тесты запускают с ним CPython (tests/test_browser_trace.py) и
сравнивают, что записали оба. Поэтому он ничего не знает ни о Pyodide, ни о тестах: ему дают
папку примера, а он отдаёт список событий — словарей из строк и чисел.

Что записывается (поле kind):
  run    — начал выполняться __main__ (origin — файл от папки примера или "<string>");
  import — инструкция import в коде примера: where (файл:строка), code (строка кода), name
           (полное имя, которое просили), state: "hit" (есть в sys.modules), "partial" (есть,
           но ещё выполняется), "miss" (нет — будет поиск);
  find   — искатель нашёл модуль: name, finder, origin (файл от папки примера), locations
           (папки пакета пространства имён) или source (origin модуля без файла), loader;
           place — "project" (в папке примера или от искателя примера), "stdlib",
           "site-packages" или "other"; для модулей не из проекта origin и loader не
           записываются (файлы и загрузчики стандартной библиотеки зависят от сборки Python: в
           Pyodide она в zip-архиве);
  notfound — ни один искатель не нашёл name;
  exec   — начал выполняться модуль проекта name; done — закончил; failed — прерван (error);
  bound  — инструкция import закончилась: names — имена, которые она связала;
  error  — инструкция import прервана исключением (error — его последняя строка).
depth — вложенность: события внутри выполнения модуля или внутри инструкции import глубже.
via — имя модуля не из проекта, во время выполнения которого найден модуль проекта.

Как это сделано, не меняя ни вывода программы, ни её traceback:
- инструкции import видны через sys.settrace с событиями по опкодам (f_trace_opcodes) только в
  кадрах файлов примера: IMPORT_NAME и следующие за ним IMPORT_FROM/STORE_* читает dis;
- кто нашёл модуль — обёртки над find_spec трёх стандартных искателей (BuiltinImporter,
  FrozenImporter, PathFinder) отмечают, кто из них вернул спецификацию; если никто — искатель
  примера;
- поиск и выполнение — обёртки над importlib._bootstrap._find_spec и _load_unlocked. Их код
  скомпилирован с именем файла "<frozen importlib._bootstrap>": CPython вырезает такие кадры из
  traceback вместе с остальными кадрами importlib, так что traceback тот же, что без трассировки.
"""

import dis
import importlib.util as _util
import linecache
import os
import sys

MAX_EVENTS = 400

_bootstrap = sys.modules["_frozen_importlib"]

# Обёртки живут «внутри importlib»: см. docstring.
_WRAPPERS = '''
def _find_spec(name, path, target=None):
    tracer = _state["tracer"]
    if tracer is None:
        return _find_spec_original(name, path, target)
    tracer.searching.append(None)
    try:
        spec = _find_spec_original(name, path, target)
    finally:
        finder = tracer.searching.pop()
    tracer._found(name, spec, finder)
    return spec


def _finder_wrapper(original, finder_name):
    def find_spec(cls, name, path=None, target=None):
        spec = original(name, path, target)
        tracer = _state["tracer"]
        if spec is not None and tracer is not None and tracer.searching \
                and tracer.searching[-1] is None:
            tracer.searching[-1] = finder_name
        return spec
    return classmethod(find_spec)


def _load_unlocked(spec):
    tracer = _state["tracer"]
    if tracer is None:
        return _load_unlocked_original(spec)
    mark = tracer._enter(spec)
    try:
        module = _load_unlocked_original(spec)
    except BaseException as exc:
        tracer._leave(mark, spec, exc)
        raise
    tracer._leave(mark, spec, None)
    return module
'''


def _make_wrappers():
    namespace = {"_state": {"tracer": None},
                 "_find_spec_original": _bootstrap._find_spec,
                 "_load_unlocked_original": _bootstrap._load_unlocked}
    exec(compile(_WRAPPERS, "<frozen importlib._bootstrap>", "exec"), namespace)
    return namespace


_W = _make_wrappers()
# Стандартные искатели sys.meta_path: их find_spec на время записи заменяется обёрткой, которая
# отмечает, кто из них нашёл модуль. Не нашёл ни один — значит, искатель примера.
_STANDARD_FINDERS = [_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter,
                     sys.modules["_frozen_importlib_external"].PathFinder]


def _error_line(exc):
    text = str(exc)
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        name = f"{module}.{name}"
    return f"{name}: {text}" if text else name


def _command_source():
    """Код `python -c`: в браузере runner.py кладёт его в linecache, в CPython он в orig_argv."""
    cached = linecache.cache.get("<string>")
    if cached and cached[2]:
        return "".join(cached[2])
    argv = list(getattr(sys, "orig_argv", []))
    for i, arg in enumerate(argv[1:-1], 1):
        if arg == "-c":
            return argv[i + 1]
        if not arg.startswith("-") or arg == "-m":
            break
    return ""


def _kind_name(obj):
    if obj is None:
        return None
    return obj.__name__ if isinstance(obj, type) else type(obj).__name__


class Tracer:
    """Записать события импорта, пока выполняется __main__ примера из папки ``root``."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.events = []
        self.truncated = False
        self.depth = 0
        self.context = []  # ("project" или "other", имя): чей модуль сейчас выполняется
        self.statements = {}  # id(frame) → (последний offset инструкции, имена, глубина)
        self.started = False  # __main__ начал выполняться
        # Идущие сейчас поиски (_find_spec), вложенные друг в друга; у каждого — имя
        # стандартного искателя, который нашёл модуль, или None.
        self.searching = []
        self.finished = False  # __main__ закончил: дальше ничего не пишется
        self.main_frame = None
        self._codes = {}
        self._files = {}
        self._sources = {}
        self._places = {}  # имя модуля → откуда он (_place), решено при поиске
        self._saved = None

    # --- включить и выключить ------------------------------------------------------------

    def start(self):
        self._saved = (_bootstrap._find_spec, _bootstrap._load_unlocked, sys.gettrace())
        _W["_state"]["tracer"] = self
        _bootstrap._find_spec = _W["_find_spec"]
        _bootstrap._load_unlocked = _W["_load_unlocked"]
        self._finders = [(cls, cls.__dict__["find_spec"]) for cls in _STANDARD_FINDERS]
        for cls, original in self._finders:
            cls.find_spec = _W["_finder_wrapper"](original.__get__(None, cls), cls.__name__)
        # importlib.util.find_spec (им python -m ищет модуль) держит свою ссылку на _find_spec,
        # взятую при импорте importlib.util. В CPython программа импортирует его заново уже после
        # start() и берёт обёртку; если он уже импортирован (runpy в браузере), подменяем и её.
        self._utils = [m for m in {id(m): m for m in (_util, sys.modules.get("importlib.util"))
                                   if m is not None}.values()
                       if m._find_spec is self._saved[0]]
        for util in self._utils:
            util._find_spec = _W["_find_spec"]
        sys.settrace(self._global)

    def stop(self):
        sys.settrace(self._saved[2])
        _bootstrap._find_spec, _bootstrap._load_unlocked = self._saved[:2]
        for cls, original in self._finders:
            cls.find_spec = original
        for util in self._utils:
            util._find_spec = self._saved[0]
        _W["_state"]["tracer"] = None
        return self.events

    # --- что к чему относится --------------------------------------------------------------

    def _relative(self, path):
        if not path or path.startswith("<"):
            return path
        full = os.path.realpath(path)
        if full == self.root or full.startswith(self.root + os.sep):
            return os.path.relpath(full, self.root).replace(os.sep, "/")
        return None

    def _user_file(self, filename):
        known = self._files.get(filename)
        if known is None:
            known = filename in ("<string>", "<stdin>") or (
                not filename.startswith("<") and self._relative(filename) is not None)
            self._files[filename] = known
        return known

    def _place(self, spec, finder):
        """Откуда модуль: "project" — из папки примера (или его нашёл искатель примера, а
        файла у модуля нет), "stdlib", "site-packages" или "other"."""
        if spec.origin in ("built-in", "frozen"):
            return "stdlib"
        locations = list(spec.submodule_search_locations or [])
        paths = [spec.origin] if spec.has_location and spec.origin else locations
        if not paths:
            return "project" if finder is None else "other"
        if all(self._relative(p) is not None for p in paths):
            return "project"
        parts = paths[0].replace("\\", "/").split("/")
        if "site-packages" in parts or "dist-packages" in parts:
            return "site-packages"
        if paths[0].startswith(os.path.dirname(os.__file__) + os.sep):
            return "stdlib"
        return "other"

    def _allowed(self, project):
        """Писать ли событие. О модулях проекта — всегда (python -m импортирует пакет ещё до
        __main__; свой random.py может импортировать модуль стандартной библиотеки); об
        остальных — только пока выполняется код проекта, а не чужой модуль."""
        if self.finished:
            return False
        if project:
            return True
        # Пока искатель ищет (zipimport сам импортирует zlib и т. п.), импорты — его дело.
        return self.started and not self.searching and (
            not self.context or self.context[-1][0] == "project")

    def _emit(self, kind, **fields):
        if len(self.events) >= MAX_EVENTS:
            self.truncated = True
            return
        event = {"kind": kind, "depth": self.depth}
        # None не пишется: в браузере он не пережил бы перевод в объект JavaScript.
        event.update((key, value) for key, value in fields.items() if value is not None)
        self.events.append(event)

    # --- поиск и выполнение (из обёрток importlib) -----------------------------------------

    def _custom_finder(self):
        """Искатель примера: первый в sys.meta_path, кроме стандартных."""
        for finder in sys.meta_path:
            if finder not in _STANDARD_FINDERS:
                return _kind_name(finder)
        return None

    def _found(self, name, spec, finder):
        if spec is None:
            if self._allowed(False):
                self._emit("notfound", name=name)
            return
        place = self._place(spec, finder)
        self._places[name] = place
        finder = finder or self._custom_finder()
        if not self._allowed(place == "project"):
            return
        if place != "project":
            # Какой искатель нашёл модуль не из проекта, видно (встроенный модуль находит
            # BuiltinImporter раньше, чем очередь дойдёт до папок), а файл и загрузчик — нет.
            self._emit("find", name=name, place=place, finder=finder)
            return
        # У пакета пространства имён загрузчика при поиске ещё нет (его назначает создание
        # модуля): поле loader не пишется.
        fields = {"name": name, "place": place, "finder": finder,
                  "loader": _kind_name(spec.loader)}
        if spec.has_location and spec.origin:
            fields["origin"] = self._relative(spec.origin)
        elif not spec.submodule_search_locations:
            fields["source"] = spec.origin  # модуль без файла: что о себе сказал его искатель
        else:
            fields["locations"] = [self._relative(p) for p in spec.submodule_search_locations or []]
        if self.context and self.context[-1][0] == "other":
            fields["via"] = self.context[-1][1]
        self._emit("find", **fields)

    def _enter(self, spec):
        if self.finished:
            return None
        place = self._places.get(spec.name) or self._place(spec, "?")
        project = place == "project"
        self.context.append(("project" if project else "other", spec.name))
        if project:
            self._emit("exec", name=spec.name)
            self.depth += 1
        return project

    def _leave(self, project, spec, exc):
        if project is None or self.finished:
            return
        if self.context:
            self.context.pop()
        if project:
            self.depth -= 1
            if exc is None:
                self._emit("done", name=spec.name)
            else:
                self._emit("failed", name=spec.name, error=_error_line(exc))

    # --- инструкции import в коде примера --------------------------------------------------

    def _instructions(self, code):
        found = self._codes.get(code)
        if found is None:
            found = list(dis.get_instructions(code))
            found = (found, {ins.offset: i for i, ins in enumerate(found)})
            self._codes[code] = found
        return found

    def _global(self, frame, event, arg):
        if event != "call" or self.finished or not self._user_file(frame.f_code.co_filename):
            return None
        if self.main_frame is None and frame.f_code.co_name == "<module>" \
                and frame.f_globals.get("__name__") == "__main__":
            self.main_frame = frame
            self.started = True
            self.context = []
            self.depth = 0
            filename = frame.f_code.co_filename
            self._emit("run", origin=self._relative(filename) or filename)
        frame.f_trace_opcodes = True
        return self._local

    def _local(self, frame, event, arg):
        if self.finished:
            return None
        # Python 3.12+ не включает события опкодов, заданные в событии call: включаем здесь.
        frame.f_trace_opcodes = True
        key = id(frame)
        pending = self.statements.get(key)
        if event == "opcode":
            if pending is not None and frame.f_lasti > pending[0]:
                self._close(key, frame, None)
            self._opcode(frame)
        elif event == "exception":
            if pending is not None and frame.f_lasti <= pending[0]:
                self._close(key, frame, arg[1])
        elif event == "return":
            if pending is not None:
                self._close(key, frame, None)
            if frame is self.main_frame:
                self.finished = True
                self.main_frame = None
        return self._local

    def _opcode(self, frame):
        instructions, index = self._instructions(frame.f_code)
        i = index.get(frame.f_lasti)
        if i is None or instructions[i].opname != "IMPORT_NAME":
            return
        if not self._allowed(False):
            return
        ins = instructions[i]
        level = instructions[i - 2].argval if i >= 2 else 0
        fromlist = instructions[i - 1].argval if i >= 1 else None
        level = level if isinstance(level, int) else 0
        written = "." * level + ins.argval
        names, end = [], ins.offset
        for nxt in instructions[i + 1:]:
            end = nxt.offset
            if nxt.opname.startswith("STORE_"):
                value = nxt.argval
                names.append(value[0] if isinstance(value, tuple) else value)
                if not fromlist:
                    break
            elif nxt.opname == "IMPORT_STAR" or "IMPORT_STAR" in (nxt.argrepr or ""):
                names.append("*")
            elif nxt.opname == "POP_TOP":
                break
            elif nxt.opname not in ("IMPORT_FROM", "SWAP", "ROT_TWO", "COPY"):
                break
        name = self._resolve(frame, ins.argval, level)
        state = "miss" if name is not None else None  # без имени (точки не от чего отсчитать)
        if name is not None and name in sys.modules:
            spec = getattr(sys.modules[name], "__spec__", None)
            state = "partial" if getattr(spec, "_initializing", False) else "hit"
        filename = frame.f_code.co_filename
        where = f"{self._relative(filename) or filename}:{frame.f_lineno}"
        line = self._line(filename, frame.f_lineno)
        fields = {"where": where, "code": line, "written": written, "name": name, "state": state}
        if fromlist:
            fields["fromlist"] = list(fromlist)
        self._emit("import", **fields)
        self.depth += 1
        self.statements[id(frame)] = (end, names, self.depth)

    def _line(self, filename, lineno):
        """Строка кода из файла примера. Не через linecache: он импортировал бы tokenize,
        и этот импорт попал бы и в трассировку, и в sys.modules программы."""
        lines = self._sources.get(filename)
        if lines is None:
            lines = []
            if not filename.startswith("<"):
                try:
                    with open(filename, "rb") as f:
                        lines = f.read().decode("utf-8", "replace").splitlines()
                except OSError:
                    pass
            elif filename == "<string>":
                lines = _command_source().splitlines()
            self._sources[filename] = lines
        return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""

    def _resolve(self, frame, name, level):
        if not level:
            return name
        try:
            package = _bootstrap._calc___package__(frame.f_globals)
            if not package:
                return None
            return _bootstrap._resolve_name(name, package, level)
        except Exception:
            return None

    def _close(self, key, frame, exc):
        _, names, depth = self.statements.pop(key)
        self.depth = depth - 1
        if exc is None:
            self._emit("bound", names=names)
        else:
            self._emit("error", error=_error_line(exc))
