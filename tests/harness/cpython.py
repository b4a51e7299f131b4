"""Run an example's transcript in a real CPython and return what it printed, as a transcript.

The format (steps, the command line, version variants, VOLATILE, the implied exit status, the
REPL driver) belongs to transcript.py, which the site also serves to the browser's runner;
this module only does what a real machine needs: a temporary copy of the example, a clean
virtual environment per interpreter, subprocesses, and machine paths replaced by the reader's.
The rules for authors are in .github/CONTRIBUTING.md («Правила транскриптов»).
"""

from __future__ import annotations

import atexit
import collections
import difflib
import functools
import inspect
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import transcript
from transcript import TranscriptError

from harness.paths import EXAMPLES, ROOT, WHEELHOUSE, WHEELHOUSE_LIST

TIMEOUT = 120  # seconds per command (building a package in a fresh venv takes a while)
# Set when bytecode is part of what the example shows: lessons about __pycache__,
# zip imports, builds (setuptools says "byte-compiling is disabled" otherwise, which
# a reader never sees). A file with this name in the example folder turns it on.
BYTECODE_MARKER = ".writes-bytecode"
# Limits of one command and everything it starts: a runaway example fails its test instead of
# filling the disk or the memory of the machine.
LIMITS = {
    resource.RLIMIT_FSIZE: 256 * 2**20,  # bytes in one file
    resource.RLIMIT_AS: 4 * 2**30,  # address space of each process
    resource.RLIMIT_NPROC: 4096,  # processes of the user (root is exempt)
}


def _limit() -> None:
    """Runs in the child before exec: the limits above (never raised above the current ones)."""
    for kind, value in LIMITS.items():
        soft, hard = resource.getrlimit(kind)
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(kind, (value, hard))


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_command(argv: list[str], program: str, cwd: Path, env: dict[str, str],
                stdin: bytes | None = None) -> tuple[int, bytes]:
    """Run one command in its own process group with LIMITS; return (status, stdout+stderr).

    When the command ends, whatever it left running in its group is killed: a background
    grandchild that keeps the output pipe open would otherwise hold the test until TIMEOUT and
    outlive it."""
    proc = subprocess.Popen(
        argv, executable=program, cwd=cwd, env=env, start_new_session=True, preexec_fn=_limit,
        stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )

    def reap() -> None:
        proc.wait()
        _kill_group(proc.pid)

    threading.Thread(target=reap, daemon=True).start()
    try:
        out, _ = proc.communicate(stdin, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.communicate()
        raise TranscriptError(f"command did not finish in {TIMEOUT} s") from None
    return proc.returncode, out


def _scratch() -> str:
    """Where examples run: their home folders, virtual environments and Snapshots.

    /dev/shm when it is a tmpfs with room to spare, else the system's temporary folder. Examples
    make and delete thousands of small files (a virtual environment with pip is about 1,000);
    on a disk that is slow in the kernel: on this project's CI machines (ext4 mounted with
    `discard`) the examples spent about a third of their time there, and a set of pip-heavy
    transcripts ran 1.5 times faster in memory (.github/CONTRIBUTING.md, «Замеры»)."""
    shm = "/dev/shm"
    try:
        stat = os.statvfs(shm)
    except OSError:
        return tempfile.gettempdir()
    room = stat.f_bavail * stat.f_frsize
    # Not a container's 64 MB /dev/shm, nor one mounted noexec (env/bin/pip must run there).
    if room < 4 * 2**30 or stat.f_flag & os.ST_NOEXEC or not os.access(shm, os.W_OK):
        return tempfile.gettempdir()
    folder = Path(shm) / f"modules-site-examples-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return str(folder)


SCRATCH = _scratch()
# Inside another userland's root (Interpreter.argv) the temporary folders are bound writable and
# the repository read-only, each at its own path, so paths there look the same as outside.
_WRITABLE_BINDS = tuple(dict.fromkeys((SCRATCH, tempfile.gettempdir())))


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
    def system_bin(self) -> str:
        """A folder with ``python3`` and ``python3.X`` linked to this Python: on PATH after the
        environment, it stands for the reader's system Python. Tools that look for a Python
        themselves (uv skips virtual environments there) find the interpreter under test, not
        whatever this machine has in /usr/bin."""
        return str(Path(self.venv).parent / "bin")

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
            *(arg for bound in _WRITABLE_BINDS for arg in ("--bind", bound, bound)),
            "--ro-bind", str(ROOT), str(ROOT),
            "--unshare-net", "--die-with-parent",
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
            if not target.is_absolute():
                path = path.parent / target
            elif any(target.is_relative_to(bound) for bound in (*_WRITABLE_BINDS, ROOT)):
                path = target  # bound at the same path inside the root (see argv)
            else:
                path = Path(self.root) / target.relative_to("/")
        return path.is_file() and os.access(path, os.X_OK)


# Splits a Python of another userland into its root and its path inside it.
ROOT_SEPARATOR = "//"


@functools.lru_cache(maxsize=None)
def _probe(path: str, root: str | None) -> Interpreter:
    bare = Interpreter(path, (0, 0), "", "", root)
    argv, program = bare.argv(path, path, ["-c", "import sys; print(*sys.version_info[:2], sys.base_prefix)"],
                              SCRATCH)
    out = subprocess.run(
        argv, executable=program, capture_output=True, text=True, check=True, timeout=TIMEOUT,
    ).stdout.rstrip("\n").split(" ", 2)
    version = (int(out[0]), int(out[1]))
    venv = Path(tempfile.mkdtemp(prefix=f"examples-py{version[0]}{version[1]}-", dir=SCRATCH)) / ".venv"
    atexit.register(shutil.rmtree, venv.parent, True)
    argv, program = bare.argv(path, path, ["-m", "venv", "--without-pip", str(venv)], venv.parent)
    subprocess.run(argv, executable=program, check=True, timeout=120)
    interpreter = Interpreter(path, version, str(venv), out[2], root)
    os.mkdir(interpreter.system_bin)
    for name in ("python3", f"python{version[0]}.{version[1]}"):
        os.symlink(path, Path(interpreter.system_bin) / name)
    return interpreter


def find_examples(examples: Path = EXAMPLES) -> list[Path]:
    return sorted(p for p in examples.iterdir() if p.is_dir() and not p.name.startswith("."))


def find_transcripts(example: Path) -> list[Path]:
    return sorted(p for p in example.rglob("*") if p.suffix in transcript.SUFFIXES and p.is_file())


def variant_path(path: Path, version: tuple[int, int]) -> Path:
    """The file of ``path``'s group that applies from ``version`` on."""
    return Path(transcript.variant_name(path, version))


def clean_env(home: Path, interpreter: Interpreter, writes_bytecode: bool) -> dict[str, str]:
    """The environment every command starts from: nothing inherited."""
    env = {
        "PATH": f"{interpreter.venv}/bin:{interpreter.system_bin}:/usr/bin:/bin",
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
        # The reader's shell: uv's hints ("Activate with: source .venv/bin/activate") name it.
        "SHELL": "/bin/bash",
    }
    if not writes_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if SCRATCH != tempfile.gettempdir():
        env["TMPDIR"] = SCRATCH
    env.update({
        # pip (in environments the examples create) sees only the local wheelhouse,
        # not the machine's pip.conf, the network or a cache.
        "PIP_CONFIG_FILE": "/dev/null",
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "PIP_NO_CACHE_DIR": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        # uv the same way: no network (offline: only its cache, which lives in the temporary
        # home folder, and the wheelhouse), no Python downloads (it uses the interpreters it
        # finds on PATH), no progress bars. Its user configuration would be in the temporary
        # home too; UV_NO_CONFIG is not set: it also hides .python-version files, which the
        # examples show.
        "UV_OFFLINE": "1",
        "UV_FIND_LINKS": str(WHEELHOUSE),
        "UV_PYTHON_DOWNLOADS": "never",
        "UV_NO_PROGRESS": "1",
    })
    return env


def tool_path(name: str) -> Path:
    """A tool the transcripts call by name (transcript.TOOL_NAMES): the one requirements-dev.txt
    installs beside the tests' own Python, so its version is the pinned one."""
    path = Path(sys.executable).parent / name
    if not path.is_file():
        raise TranscriptError(f"{name} is not installed beside {sys.executable} "
                              "(it comes with requirements-dev.txt)")
    return path


@dataclass
class Session:
    """A copy of one example in a temporary folder, and the state of a shell in it."""

    example: Path
    workdir: Path  # the temporary home folder that stands for transcript.HOME
    interpreter: Interpreter
    cwd: Path = field(init=False)
    last_status: int = 0

    def __post_init__(self) -> None:
        self.root = self.workdir / "examples" / self.example.name
        shutil.copytree(self.example, self.root, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
        self.cwd = self.root
        # `python` and `python3` are found on PATH in the environment's bin/, so
        # Python sees argv[0] == "python" exactly as when the reader types it.
        self.bin = Path(self.interpreter.venv) / "bin"
        self.env = clean_env(self.workdir, self.interpreter,
                             (self.example / BYTECODE_MARKER).exists())

    def normalize(self, text: str) -> str:
        """Machine paths as the reader's (transcript.HOME and friends), then the core's rules."""
        # The environment and the wheelhouse first, the home folder (examples/) last.
        for path, placeholder in ((Path(self.interpreter.venv), transcript.VENV),
                                  (WHEELHOUSE, transcript.WHEELHOUSE),
                                  (self.workdir, transcript.HOME)):
            for form in {str(path.resolve()), str(path)}:
                text = text.replace(form, placeholder)
        prefix = Path(self.interpreter.base_prefix)
        for form in sorted({str(prefix.resolve()), str(prefix)}, key=len, reverse=True):
            if form != transcript.PREFIX:
                text = re.sub(re.escape(form) + r"(?![\w.-])", transcript.PREFIX, text)
        # After the prefix: what stands for the system's Python is the prefix's bin/ already.
        text = text.replace(self.interpreter.system_bin, transcript.PREFIX + "/bin")
        return transcript.normalize(text)

    def run(self, line: str) -> str:
        """Run one ``$`` command; return its normalized output."""
        command = transcript.parse_command(line)
        if command.kind == "cd":
            self.cwd = Path(transcript.cd_target(self.root, self.cwd, command.args[0]))
            self.last_status = 0
            return ""
        if command.kind == "status":
            return f"{self.last_status}\n"
        if command.kind == "python":
            executable = self.bin / command.name
        elif command.kind == "tool":
            executable = tool_path(command.name)
        else:
            executable = Path(transcript.program_path(self.root, self.cwd, command.name))
            if not self.interpreter.is_program(executable):
                raise TranscriptError(f"{command.name} is not an executable file the example made")
        if ("pip" in command.args or command.kind == "tool") and not any(WHEELHOUSE.glob("pip-*.whl")):
            raise TranscriptError(
                f"pip and uv need the local wheelhouse {WHEELHOUSE}; fill it as .ci/run does "
                f"(`pip download … --dest {WHEELHOUSE.relative_to(ROOT)} "
                f"-r {WHEELHOUSE_LIST.relative_to(ROOT)}`)")
        argv, program = self.interpreter.argv(command.name, executable, command.args, self.cwd)
        self.last_status, out = run_command(argv, program, self.cwd, {**self.env, **command.env})
        return self.normalize(out.decode("utf-8", errors="backslashreplace"))


def run_console(path: Path, session: Session, others: list[Path] = ()) -> str:
    """Run a console transcript; return the transcript as it should read.

    ``others``: the example's other transcripts. The state after a prefix of commands one of
    them begins with too is kept (Snapshots), and a transcript that begins with a prefix
    already run starts from a copy of that state."""
    try:
        steps = transcript.parse_console(path.read_text(encoding="utf-8"))
    except TranscriptError as exc:
        raise TranscriptError(f"{path}: {exc}") from None
    commands = tuple(step.command for step in steps)
    shared = shared_prefixes(commands, others)
    outputs, statuses = SNAPSHOTS.restore(session, commands, shared)
    for index in range(len(outputs), len(steps)):
        try:
            outputs.append(session.run(steps[index].command))
        except TranscriptError as exc:
            raise TranscriptError(f"{path}:{steps[index].line}: {exc}") from None
        statuses.append(session.last_status)
        if index + 1 in shared:
            SNAPSHOTS.save(session, commands[:index + 1], outputs, statuses)
    for index, step in enumerate(steps):
        # Checked here for restored steps too: whether a status is shown depends on the step
        # after it, which the transcripts sharing a prefix need not have in common.
        if (not transcript.status_is_shown(steps, index)
                and statuses[index] != transcript.implied_status(outputs[index])):
            raise TranscriptError(
                f"{path}:{step.line}: `{step.command}` exited with status {statuses[index]}, "
                "which the output does not show; add a `$ echo $?` line after it")
    return "".join(f"$ {step.command}\n{output}" for step, output in zip(steps, outputs))


def shared_prefixes(mine: tuple[str, ...], others: list[Path]) -> frozenset[int]:
    """Lengths (in commands, > 0) of the prefixes the commands ``mine`` have in common with each
    transcript of ``others``: the points after which the state is worth keeping for them."""
    found = set()
    for other in others:
        if other.suffix != ".console":
            continue
        try:
            steps = transcript.parse_console(other.read_text(encoding="utf-8"))
        except TranscriptError:
            continue  # its own test says what is wrong with it
        theirs = [step.command for step in steps]
        common = 0
        while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
            common += 1
        if common:
            found.add(common)
    return frozenset(found)


@dataclass
class _Snapshot:
    folder: Path  # a copy of the session's home folder
    cwd: Path
    outputs: list[str]
    statuses: list[int]


class Snapshots:
    """The home folder as a transcript's first commands left it, for the transcripts of the same
    example that begin with the same commands.

    Creating a virtual environment and installing into it take seconds, and several transcripts
    of one example often begin that way (`python -m venv env`, then `pip install -e .`): each such
    prefix runs once per interpreter and test process, and the others start from a copy of what
    it left, with its outputs and exit statuses. The copy lands at the same path (a virtual
    environment holds absolute paths), so a snapshot is used only by a session in the same home
    folder (test_examples.py gives each test process one). The last KEPT snapshots are kept."""

    KEPT = 4

    def __init__(self) -> None:
        self._kept: collections.OrderedDict[tuple, _Snapshot] = collections.OrderedDict()
        atexit.register(self.clear)

    @staticmethod
    def _key(session: Session, commands: tuple[str, ...]) -> tuple:
        i = session.interpreter
        return (i.path, i.root, str(session.example), str(session.workdir), commands)

    def restore(self, session: Session, commands: tuple[str, ...],
                shared: frozenset[int]) -> tuple[list[str], list[int]]:
        """Put the longest kept prefix of ``commands`` into the session; its outputs and statuses
        (empty lists when none is kept)."""
        for length in sorted(shared, reverse=True):
            key = self._key(session, commands[:length])
            snapshot = self._kept.get(key)
            if snapshot is None:
                continue
            self._kept.move_to_end(key)
            shutil.rmtree(session.workdir)
            shutil.copytree(snapshot.folder, session.workdir, symlinks=True)
            session.cwd = snapshot.cwd
            session.last_status = snapshot.statuses[-1]
            return list(snapshot.outputs), list(snapshot.statuses)
        return [], []

    def save(self, session: Session, commands: tuple[str, ...], outputs: list[str],
             statuses: list[int]) -> None:
        key = self._key(session, commands)
        if key in self._kept:
            return
        folder = Path(tempfile.mkdtemp(prefix="ex-snapshot-", dir=SCRATCH)) / "home"
        shutil.copytree(session.workdir, folder, symlinks=True)
        self._kept[key] = _Snapshot(folder, session.cwd, list(outputs), list(statuses))
        while len(self._kept) > self.KEPT:
            _, old = self._kept.popitem(last=False)
            shutil.rmtree(old.folder.parent, ignore_errors=True)

    def clear(self) -> None:
        while self._kept:
            _, old = self._kept.popitem()
            shutil.rmtree(old.folder.parent, ignore_errors=True)


SNAPSHOTS = Snapshots()


# Runs in the interpreter under test, in the example's folder, like the REPL: sys.path[0] == ''
# and the session's names live in __main__. transcript.drive_repl is passed as source, so the
# session's sys.modules holds nothing of the test harness.
PYCON_DRIVER = f'''
def _drive():
    import io, sys, __main__
    del __main__._drive
    sys.argv = [""]
    scope = {{}}
    exec({inspect.getsource(transcript.drive_repl)!r}, scope)
    out = sys.__stdout__

    def on_block(shown, expected, execute):
        buffer = io.StringIO()
        sys.stdout = sys.stderr = buffer
        try:
            execute()
        finally:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        out.write("".join(line + "\\n" for line in shown) + buffer.getvalue())

    scope["drive_repl"](sys.stdin.read(), __main__.__dict__, on_block)
_drive()
'''


def run_pycon(path: Path, session: Session) -> str:
    text = path.read_text(encoding="utf-8")
    try:
        transcript.check_pycon(text)
    except TranscriptError as exc:
        raise TranscriptError(f"{path}: {exc}") from None
    argv, program = session.interpreter.argv("python", session.bin / "python", ["-c", PYCON_DRIVER],
                                             session.cwd)
    status, out = run_command(argv, program, session.cwd, session.env, text.encode("utf-8"))
    output = session.normalize(out.decode("utf-8", errors="backslashreplace"))
    if status != 0:
        raise TranscriptError(f"{path}: the interactive session crashed:\n{output}")
    return output


def run_transcript(path: Path, example: Path, workdir: Path, interpreter: Interpreter,
                   others: list[Path] = ()) -> str:
    """Run the transcript ``path`` of ``example`` with its home folder at ``workdir``.

    ``others``: the transcripts of the example this interpreter runs too; prefixes they share
    with ``path`` run once per home folder (Snapshots)."""
    session = Session(example, workdir, interpreter)
    if path.suffix == ".pycon":
        return run_pycon(path, session)
    return run_console(path, session, [other for other in others if other != path])


def diff(expected: str, actual: str, path: Path) -> str:
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{name} (transcript)", tofile=f"{name} (what Python printed)",
    ))
