"""Run console transcripts of examples and compare them with what Python prints.

A transcript is a file beside an example's files:

* ``*.console`` — shell session: lines starting with ``$ `` are commands,
  the lines after each command are its output (stdout and stderr, in order).
* ``*.pycon`` — interactive session: ``>>> `` and ``... `` lines are input,
  the rest is output.

A transcript may have version variants: ``run.console`` is used from Python 3.10
on, ``run.py311.console`` from Python 3.11 on; the variant with the highest
version not above the interpreter's is the one checked.

The rules are written out for authors in README.md ("Как добавить пример").
"""

from __future__ import annotations

import atexit
import difflib
import functools
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

TRANSCRIPT_SUFFIXES = (".console", ".pycon")
# The Python versions every transcript is verified on (.ci/run, tests.yml); a transcript
# without a version in its name applies from the oldest of them on.
MATRIX = ((3, 10), (3, 11), (3, 12), (3, 13), (3, 14), (3, 15))
OLDEST = MATRIX[0]
# The reader's world: a home folder holding examples/, and a virtual environment
# whose `python` is first on PATH. Tests build both in temporary folders and print
# them as these placeholders.
PLACEHOLDER = "/home/user"
VENV_PLACEHOLDER = "/home/user/.venv"
# The Python installation the environment was made from (sys.base_prefix) differs
# from machine to machine (pyenv, a CI tool cache, /usr); it is shown as the
# prefix of a Python built from source with the defaults: /usr/local.
PREFIX_PLACEHOLDER = "/usr/local"
# pip in examples installs only from this folder, filled by .ci/run from
# tests/wheelhouse.txt: no network at test time. Shown as WHEELHOUSE_PLACEHOLDER.
WHEELHOUSE = ROOT / "tests" / ".wheelhouse"
WHEELHOUSE_PLACEHOLDER = "/home/user/wheels"
TIMEOUT = 120  # seconds per command (building a package in a fresh venv takes a while)
# Only commands a reader types in these lessons; anything else is an error.
PYTHON_NAMES = ("python", "python3")
ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
VARIANT = re.compile(r"^(?P<stem>.+?)(?:\.py(?P<major>3)(?P<minor>\d{1,2}))?(?P<suffix>\.console|\.pycon)$")
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(: .*)?$")
SYNTAX_ERROR_LINE = re.compile(r"^(SyntaxError|IndentationError|TabError): ")
# Output that changes from run to run and teaches nothing is pinned to a fixed
# value, each rule documented in README.md ("Правила транскриптов").
VOLATILE = [
    # unittest's summary: "Ran 1 test in 0.002s" → "Ran 1 test in 0.000s".
    (re.compile(r"^(Ran \d+ tests? in )\d+\.\d+s$", re.MULTILINE), r"\g<1>0.000s"),
    # pytest's summary: "2 passed in 0.13s", "=== 1 failed, 1 passed in 0.2s ===",
    # "no tests ran in 0.5s" → "in 0.01s".
    (re.compile(r"^(=* ?(?:(?:\d+ \w+(?:, )?)+|no tests ran) in )\d+\.\d+s( =*)?$", re.MULTILINE), r"\g<1>0.01s\g<2>"),
]
# Set when bytecode is part of what the example shows: lessons about __pycache__,
# zip imports, builds (setuptools says "byte-compiling is disabled" otherwise, which
# a reader never sees). A file with this name in the example folder turns it on.
BYTECODE_MARKER = ".writes-bytecode"


class TranscriptError(Exception):
    """A transcript that cannot be run as written (not a mismatch)."""


@dataclass(frozen=True)
class Interpreter:
    """A Python to run examples with, and a clean virtual environment made from it.

    Examples run in that environment, never in the base installation: whatever
    the machine put into the base site-packages (``.pth`` files that import
    modules at start-up, say) must not change what a reader would see.

    ``root`` is set for a Python that lives in another Debian userland (a folder
    made by .ci/sid-pythons): it needs a newer glibc than the machine has, so every
    command runs inside bubblewrap with that folder as ``/``. The temporary folder
    and the repository are bound at the same paths, so paths look the same inside.
    Such a Python is named ``ROOT//usr/bin/python3.14`` (``//`` splits the root off).
    """

    path: str
    version: tuple[int, int]
    venv: str
    base_prefix: str
    root: str | None = None

    @classmethod
    def probe(cls, path: str) -> "Interpreter":
        root, sep, inner = path.partition(ROOT_SEPARATOR)
        if sep:
            return _probe("/" + inner, str(Path(root).absolute()))
        return _probe(str(Path(shutil.which(path) or path).absolute()), None)

    @property
    def tag(self) -> str:
        return f"py{self.version[0]}{self.version[1]}"

    def argv(self, name: str, executable: Path | str, args: list[str], cwd: Path | str) -> tuple[list[str], str]:
        """The argument list and program for running ``executable`` as ``name`` in ``cwd``.

        ``name`` becomes argv[0] (what the reader typed: ``python``), as a shell does it.
        """
        if self.root is None:
            return [name, *args], str(executable)
        bwrap = shutil.which("bwrap") or "bwrap"
        return [
            bwrap, "--bind", self.root, "/", "--dev", "/dev", "--proc", "/proc",
            "--bind", tempfile.gettempdir(), tempfile.gettempdir(),
            "--ro-bind", str(ROOT), str(ROOT), "--unshare-net", "--die-with-parent",
            "--chdir", str(cwd),
            # `exec -a` sets argv[0], which bwrap cannot.
            "/bin/bash", "-c", 'exec -a "$0" "$@"', name, str(executable), *args,
        ], bwrap

    def is_program(self, path: Path) -> bool:
        """An executable file at ``path`` as the interpreter's userland sees it."""
        for _ in range(40):  # follow symlinks inside the root, as the kernel would there
            if self.root is None or not path.is_symlink():
                break
            target = Path(os.readlink(path))
            path = Path(self.root) / target.relative_to("/") if target.is_absolute() else path.parent / target
        return path.is_file() and os.access(path, os.X_OK)


# Splits a Python of another userland into its root and its path inside it.
ROOT_SEPARATOR = "//"


@functools.lru_cache(maxsize=None)
def _probe(path: str, root: str | None) -> Interpreter:
    bare = Interpreter(path, (0, 0), "", "", root)
    argv, program = bare.argv(path, path, ["-c", "import sys; print(*sys.version_info[:2], sys.base_prefix)"],
                              tempfile.gettempdir())
    out = subprocess.run(
        argv, executable=program, capture_output=True, text=True, check=True, timeout=TIMEOUT,
    ).stdout.rstrip("\n").split(" ", 2)
    version = (int(out[0]), int(out[1]))
    venv = Path(tempfile.mkdtemp(prefix=f"examples-py{version[0]}{version[1]}-")) / ".venv"
    atexit.register(shutil.rmtree, venv.parent, True)
    argv, program = bare.argv(path, path, ["-m", "venv", "--without-pip", str(venv)], venv.parent)
    subprocess.run(argv, executable=program, check=True, timeout=120)
    return Interpreter(path, version, str(venv), out[2], root)


def transcript_version(path: Path) -> tuple[int, int]:
    """The first Python version a transcript file applies to."""
    m = VARIANT.match(path.name)
    if not m or not m["major"]:
        return OLDEST
    return (int(m["major"]), int(m["minor"]))


def transcript_group(path: Path) -> str:
    """Name shared by a transcript and its version variants."""
    m = VARIANT.match(path.name)
    return m["stem"] + m["suffix"]


def variant_path(path: Path, version: tuple[int, int]) -> Path:
    """The file of ``path``'s group that applies from ``version`` on."""
    m = VARIANT.match(path.name)
    if version == OLDEST:
        return path.with_name(m["stem"] + m["suffix"])
    return path.with_name(f"{m['stem']}.py{version[0]}{version[1]}{m['suffix']}")


def find_examples(examples: Path = EXAMPLES) -> list[Path]:
    return sorted(p for p in examples.iterdir() if p.is_dir() and not p.name.startswith("."))


def find_transcripts(example: Path) -> list[Path]:
    return sorted(p for p in example.rglob("*") if p.suffix in TRANSCRIPT_SUFFIXES and p.is_file())


def select_variant(candidates: list[Path], version: tuple[int, int]) -> Path | None:
    """The variant of one transcript group that applies to ``version``."""
    usable = [p for p in candidates if transcript_version(p) <= version]
    return max(usable, key=transcript_version, default=None)


def clean_env(home: Path, venv: str, writes_bytecode: bool) -> dict[str, str]:
    """The environment every command starts from: nothing inherited."""
    env = {
        "PATH": f"{venv}/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONUTF8": "1",
        "PYTHONIOENCODING": "utf-8",
        # stdout and stderr share one pipe; unbuffered keeps their order.
        "PYTHONUNBUFFERED": "1",
        "PYTHONHASHSEED": "0",
        "PYTHON_COLORS": "0",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    if not writes_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update({
        # pip (in environments the examples create) sees only the local wheelhouse,
        # not the machine's pip.conf, the network or a cache.
        "PIP_CONFIG_FILE": "/dev/null",
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "PIP_NO_CACHE_DIR": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
    })
    return env


@dataclass
class Session:
    """A copy of one example in a temporary folder, and the state of a shell in it."""

    example: Path
    workdir: Path  # the temporary home folder that stands for PLACEHOLDER
    interpreter: Interpreter
    cwd: Path = field(init=False)
    last_status: int = 0

    def __post_init__(self) -> None:
        self.root = self.workdir / "examples" / self.example.name
        shutil.copytree(self.example, self.root, ignore=shutil.ignore_patterns("__pycache__"))
        self.cwd = self.root
        # `python` and `python3` are found on PATH in the environment's bin/, so
        # Python sees argv[0] == "python" exactly as when the reader types it.
        self.bin = Path(self.interpreter.venv) / "bin"
        self.env = clean_env(self.workdir, self.interpreter.venv,
                             (self.example / BYTECODE_MARKER).exists())

    def normalize(self, text: str) -> str:
        text = text.replace("\r\n", "\n")
        # The environment and the wheelhouse first, the home folder (examples/) last.
        for path, placeholder in ((Path(self.interpreter.venv), VENV_PLACEHOLDER),
                                  (WHEELHOUSE, WHEELHOUSE_PLACEHOLDER),
                                  (self.workdir, PLACEHOLDER)):
            for form in {str(path.resolve()), str(path)}:
                text = text.replace(form, placeholder)
        prefix = Path(self.interpreter.base_prefix)
        for form in sorted({str(prefix.resolve()), str(prefix)}, key=len, reverse=True):
            if form != PREFIX_PLACEHOLDER:
                text = re.sub(re.escape(form) + r"(?![\w.-])", PREFIX_PLACEHOLDER, text)
        for pattern, replacement in VOLATILE:
            text = pattern.sub(replacement, text)
        return text

    def run(self, command: str, where: str) -> str:
        """Run one ``$`` command; return its normalized output."""
        try:
            words = shlex.split(command)
        except ValueError as exc:
            raise TranscriptError(f"{where}: cannot parse command: {exc}") from None
        extra_env = {}
        while words and ENV_ASSIGNMENT.match(words[0]):
            name, _, value = words.pop(0).partition("=")
            extra_env[name] = value
        if not words:
            raise TranscriptError(f"{where}: empty command")
        name, args = words[0], words[1:]
        if name == "cd" and not extra_env:
            return self.cd(args, where)
        if name == "echo" and args == ["$?"] and not extra_env:
            return f"{self.last_status}\n"
        executable = self.executable(name, where)
        if "pip" in args and not any(WHEELHOUSE.glob("pip-*.whl")):
            raise TranscriptError(
                f"{where}: pip needs the local wheelhouse {WHEELHOUSE}; fill it with "
                "`python -m pip download --no-deps --only-binary=:all: "
                "--dest tests/.wheelhouse -r tests/wheelhouse.txt` (.ci/run does this)")
        argv, program = self.interpreter.argv(name, executable, args, self.cwd)
        try:
            proc = subprocess.run(
                argv, executable=program, cwd=self.cwd,
                env={**self.env, **extra_env},
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise TranscriptError(f"{where}: command did not finish in {TIMEOUT} s") from None
        self.last_status = proc.returncode
        return self.normalize(proc.stdout.decode("utf-8", errors="backslashreplace"))

    def executable(self, name: str, where: str) -> Path:
        """``python`` from PATH, or a program the example made itself inside its folder:
        ``env/bin/python``, ``env/bin/pip`` or a console script ``env/bin/greet``."""
        if name in PYTHON_NAMES:
            return self.bin / name
        path = Path(name)
        if "/" in name and not path.is_absolute():
            # normpath, not resolve(): a venv's bin/python is a symlink to the base Python.
            target = Path(os.path.normpath(self.cwd.resolve() / path))
            if self.root.resolve() not in target.parents:
                raise TranscriptError(f"{where}: {name} is outside the example's folder")
            if not self.interpreter.is_program(target):
                raise TranscriptError(f"{where}: {name} is not an executable file the example made")
            return target
        raise TranscriptError(
            f"{where}: unsupported command {name!r}; transcripts may use python, a program the "
            "example made in its folder (env/bin/python, env/bin/greet), cd DIR, echo $? and "
            "VAR=value prefixes")

    def cd(self, args: list[str], where: str) -> str:
        if len(args) != 1:
            raise TranscriptError(f"{where}: cd takes exactly one folder")
        target = (self.cwd / args[0]).resolve()
        if not target.is_dir():
            raise TranscriptError(f"{where}: no folder {args[0]!r} to cd into")
        if target != self.root.resolve() and self.root.resolve() not in target.parents:
            raise TranscriptError(f"{where}: cd leaves the example's folder")
        self.cwd = target
        self.last_status = 0
        return ""


def parse_console(text: str) -> list[tuple[int, str, str]]:
    """Split a console transcript into (line number, command, expected output)."""
    steps: list[tuple[int, str, str]] = []
    lines = text.splitlines(keepends=True)
    if lines and not lines[0].startswith("$ "):
        raise TranscriptError("line 1: a console transcript starts with a '$ ' command")
    for number, line in enumerate(lines, 1):
        if line.startswith("$ "):
            steps.append((number, line[2:].rstrip("\n"), ""))
        else:
            n, cmd, out = steps[-1]
            steps[-1] = (n, cmd, out + line)
    return steps


def implied_status(output: str) -> int:
    """Exit status a reader infers without ``echo $?``: 1 after an error report, else 0.

    An error report is a traceback ending in an exception line, or a syntax
    error report (which Python prints without the "Traceback" header).
    """
    lines = output.rstrip("\n").splitlines()
    if not lines:
        return 0
    if "Traceback (most recent call last):" in lines and EXCEPTION_LINE.match(lines[-1]):
        return 1
    if SYNTAX_ERROR_LINE.match(lines[-1]):
        return 1
    return 0


def run_console(path: Path, session: Session) -> str:
    """Run a console transcript; return the transcript as it should read."""
    text = path.read_text(encoding="utf-8")
    try:
        steps = parse_console(text)
    except TranscriptError as exc:
        raise TranscriptError(f"{path}: {exc}") from None
    actual = []
    for index, (number, command, _) in enumerate(steps):
        where = f"{path}:{number}"
        output = session.run(command, where)
        actual.append(f"$ {command}\n{output}")
        shown_next = index + 1 < len(steps) and steps[index + 1][1] == "echo $?"
        if not command.startswith(("cd ", "echo ")) and not shown_next:
            if session.last_status != implied_status(output):
                raise TranscriptError(
                    f"{where}: `{command}` exited with status {session.last_status}, which the "
                    f"output does not show; add a `$ echo $?` line after it")
    return "".join(actual)


# Runs in the interpreter under test, in the example's folder, like the REPL:
# sys.path[0] == '' and the session's names live in __main__.
PYCON_DRIVER = r'''
def _drive():
    import code, io, sys, __main__
    del __main__._drive
    sys.argv = [""]
    source = sys.stdin.read().splitlines()
    console = code.InteractiveConsole(__main__.__dict__, filename="<stdin>")
    out = sys.__stdout__
    i = 0
    while i < len(source):
        line = source[i]
        if not line.startswith(">>> "):
            i += 1
            continue
        block = [line[4:]]
        i += 1
        while i < len(source) and (source[i].startswith("... ") or source[i] == "..."):
            block.append(source[i][4:])
            i += 1
        buffer = io.StringIO()
        sys.stdout = sys.stderr = buffer
        try:
            more = False
            for part in block:
                more = console.push(part)
            if more:
                console.push("")
        finally:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        out.write(">>> " + block[0] + "\n")
        for part in block[1:]:
            out.write(("... " + part).rstrip() + "\n")
        out.write(buffer.getvalue())
_drive()
'''


def run_pycon(path: Path, session: Session) -> str:
    text = path.read_text(encoding="utf-8")
    if not text.startswith(">>> "):
        raise TranscriptError(f"{path}: line 1: an interactive transcript starts with '>>> '")
    argv, program = session.interpreter.argv("python", session.bin / "python", ["-c", PYCON_DRIVER],
                                             session.cwd)
    proc = subprocess.run(
        argv, executable=program, cwd=session.cwd, env=session.env,
        input=text.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        timeout=TIMEOUT,
    )
    output = session.normalize(proc.stdout.decode("utf-8", errors="backslashreplace"))
    if proc.returncode != 0:
        raise TranscriptError(f"{path}: the interactive session crashed:\n{output}")
    return output


def run_transcript(path: Path, example: Path, workdir: Path, interpreter: Interpreter) -> str:
    session = Session(example, workdir, interpreter)
    if path.suffix == ".pycon":
        return run_pycon(path, session)
    return run_console(path, session)


def diff(expected: str, actual: str, path: Path) -> str:
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{name} (transcript)", tofile=f"{name} (what Python printed)",
    ))
