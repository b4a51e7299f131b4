"""The transcript format, owned by docs/assets/python/transcript.py and used by both engines.

The tests (harness/cpython.py) and the browser's runner (docs/assets/python/runner.py) read
transcripts only through that module. Where the two used to differ, the rule chosen is tested
here once; the last tests run the runner itself (in a CPython subprocess, as plain Python) to
show it reaches the same verdicts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import transcript
from transcript import TranscriptError

from harness.paths import SITE_PYTHON


def test_output_before_the_first_command_is_an_error() -> None:
    with pytest.raises(TranscriptError, match="строка 1: транскрипт терминала начинается"):
        transcript.parse_console("вывод\n$ python -V\n")


def test_console_steps_keep_line_numbers_and_output() -> None:
    steps = transcript.parse_console("$ python a.py\nA\n\n$ echo $?\n0\n")
    assert [(s.line, s.command, s.expected) for s in steps] == [
        (1, "python a.py", "A\n\n"), (4, "echo $?", "0\n")]


@pytest.mark.parametrize(("line", "kind", "name", "args", "env"), [
    ("python -m app", "python", "python", ["-m", "app"], {}),
    ("PYTHONPATH=src python3 -c 'print(1)'", "python", "python3", ["-c", "print(1)"],
     {"PYTHONPATH": "src"}),
    ("A=1 B= python x.py", "python", "python", ["x.py"], {"A": "1", "B": ""}),
    ("cd app", "cd", "cd", ["app"], {}),
    ("echo $?", "status", "echo", ["$?"], {}),
    ("env/bin/python -m pip -V", "program", "env/bin/python", ["-m", "pip", "-V"], {}),
    ("uv pip install ./greet", "tool", "uv", ["pip", "install", "./greet"], {}),
    ("UV_PYTHON=3.12 uvx ruff", "tool", "uvx", ["ruff"], {"UV_PYTHON": "3.12"}),
])
def test_command_grammar(line, kind, name, args, env) -> None:
    command = transcript.parse_command(line)
    assert (command.kind, command.name, command.args, command.env) == (kind, name, args, env)


@pytest.mark.parametrize(("line", "error"), [
    # A shell variable name is ASCII ([A-Za-z_][A-Za-z0-9_]*): not str.isidentifier().
    ("ПУТЬ=src python x.py", "команда 'ПУТЬ=src' не поддерживается"),
    ("1A=2 python x.py", "команда '1A=2' не поддерживается"),
    ("rm -rf /", "команда 'rm' не поддерживается"),
    ("/usr/bin/python3 -V", "команда '/usr/bin/python3' не поддерживается"),
    ("cd", "cd ждёт одну папку"),
    ("A=1", "пустая команда"),
    ("python 'x.py", "команду не разобрать"),
], ids=["cyrillic-var", "digit-var", "rm", "absolute-program", "cd-no-folder", "only-var", "quote"])
def test_command_grammar_refuses(line, error) -> None:
    with pytest.raises(TranscriptError, match=error):
        transcript.parse_command(line)


def test_cd_stays_inside_the_example(tmp_path: Path) -> None:
    root = tmp_path / "examples" / "demo"
    (root / "app").mkdir(parents=True)
    assert transcript.cd_target(str(root), str(root), "app") == str(root / "app")
    assert transcript.cd_target(str(root), str(root / "app"), "..") == str(root)
    with pytest.raises(TranscriptError, match="cd .. выходит из папки примера"):
        transcript.cd_target(str(root), str(root), "..")
    with pytest.raises(TranscriptError, match="папки 'nope' нет"):
        transcript.cd_target(str(root), str(root), "nope")


def test_programs_live_inside_the_example(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    (root / "env" / "bin").mkdir(parents=True)
    assert transcript.program_path(str(root), str(root), "env/bin/python") == str(root / "env/bin/python")
    with pytest.raises(TranscriptError, match="лежит вне папки примера"):
        transcript.program_path(str(root), str(root), "../other/bin/python")


@pytest.mark.parametrize(("output", "status"), [
    ("", 0),
    ("Привет\n", 0),
    ("Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: нет\n", 1),
    ("  File \"x.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", 1),
    ("Traceback (most recent call last):\n...\nValueError\nи потом ещё строка\n", 0),
])
def test_implied_status(output: str, status: int) -> None:
    assert transcript.implied_status(output) == status


def test_status_is_shown_by_echo_or_is_not_a_program() -> None:
    steps = transcript.parse_console("$ python a.py\n$ echo $?\n1\n$ cd app\n$ python b.py\n")
    assert [transcript.status_is_shown(steps, i) for i in range(len(steps))] == [True, True, True, False]


def test_volatile_output_is_pinned() -> None:
    text = ("Ran 3 tests in 0.123s\r\n"
            "========= 1 failed, 2 passed in 0.57s =========\n"
            "no tests ran in 1.20s\n"
            "2 passed in 0.13s\n"
            "Resolved 12 packages in 340ms\n"
            "Installed 1 package in 1.20s\n"
            "Bytecode compiled 7 files in 25ms\n")
    assert transcript.normalize(text) == (
        "Ran 3 tests in 0.000s\n"
        "========= 1 failed, 2 passed in 0.01s =========\n"
        "no tests ran in 0.01s\n"
        "2 passed in 0.01s\n"
        "Resolved 12 packages in 1ms\n"
        "Installed 1 package in 1ms\n"
        "Bytecode compiled 7 files in 1ms\n")


def test_variants_by_version() -> None:
    names = ["run.console", "run.py313.console", "run.py315.console"]
    assert transcript.select_variant(names, (3, 10)) == "run.console"
    assert transcript.select_variant(names, (3, 14)) == "run.py313.console"
    assert transcript.select_variant(names, (3, 15)) == "run.py315.console"
    assert transcript.select_variant(["run.py313.console"], (3, 12)) is None
    assert transcript.transcript_group("a/run.py314.pycon") == "run.pycon"
    assert transcript.variant_name("a/run.console", (3, 14)) == "a/run.py314.console"
    assert transcript.variant_name("a/run.py314.console", transcript.OLDEST) == "a/run.console"


def test_repl_blocks_and_their_expected_output() -> None:
    seen = []

    def on_block(shown, expected, execute):
        seen.append((shown, expected))
        execute()

    namespace: dict = {}
    transcript.drive_repl(">>> x = 2\n>>> def f():\n...     return x\n...\n>>> f()\n2\n",
                          namespace, on_block)
    assert seen == [([">>> x = 2"], ""), ([">>> def f():", "...     return x", "..."], ""),
                    ([">>> f()"], "2\n")]
    assert namespace["f"]() == 2
    with pytest.raises(TranscriptError, match="начинается с '>>> '"):
        transcript.check_pycon("2\n>>> 1\n")


# The runner, as plain Python in a subprocess: init() and run() on a scratch example. It needs
# no Pyodide for the commands below (cd, echo, refusals), which are the ones the core decides.
RUN_RUNNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import runner
runner.HOME = sys.argv[3]  # the reader's /home/user, which this machine does not have
runner.init()
try:
    steps = runner.run(sys.argv[2], "run.console", False)
except Exception as exc:
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
else:
    print(json.dumps([{k: s[k] for k in ("command", "skipped", "status", "output")} for s in steps]))
"""


def _runner(tmp_path: Path, text: str):
    root = tmp_path / "examples" / "demo"
    (root / "app").mkdir(parents=True)
    (root / "run.console").write_text(text, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", RUN_RUNNER, str(SITE_PYTHON), str(root), str(tmp_path)],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_runner_uses_the_same_rules(tmp_path: Path) -> None:
    steps = _runner(tmp_path, "$ cd app\n$ echo $?\n0\n$ cd ../..\n$ ПУТЬ=x python -V\n"
                              "$ env/bin/python -V\n$ echo $?\n$ uv venv\n")
    assert steps == [
        {"command": "cd app", "skipped": None, "status": 0, "output": ""},
        {"command": "echo $?", "skipped": None, "status": 0, "output": "0\n"},
        {"command": "cd ../..", "skipped": "cd ../.. выходит из папки примера", "status": None,
         "output": ""},
        {"command": "ПУТЬ=x python -V", "skipped": "команда 'ПУТЬ=x' не поддерживается: в "
         "транскриптах бывают python, uv и uvx, программа, которую пример сделал в своей папке "
         "(env/bin/python, env/bin/greet), cd ПАПКА, echo $? и приставки VAR=значение",
         "status": None, "output": ""},
        {"command": "env/bin/python -V", "status": None, "output": "",
         "skipped": "env/bin/python — программа из окружения примера; окружений и pip в браузере нет"},
        {"command": "echo $?", "skipped": "код возврата пропущенной команды выше неизвестен",
         "status": None, "output": ""},
        {"command": "uv venv", "status": None, "output": "", "skipped": "uv — отдельная "
         "программа, не Python; в браузере её нет, как нет окружений и установки пакетов"},
    ]


def test_runner_refuses_output_before_the_first_command(tmp_path: Path) -> None:
    assert _runner(tmp_path, "вывод\n$ python -V\n") == {
        "error": "TranscriptError: строка 1: транскрипт терминала начинается с команды '$ '"}
