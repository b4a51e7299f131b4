"""«Практика» in CPython: every task's starting project FAILS its check (the solution's
check.console, run in a copy of the start folder) on every Python of the matrix; the solution
passes it (that is tests/test_examples.py: check.console is the solution's transcript). The
conditions a page states as data-keep / data-absent hold for the solution, and each task page is
wired to folders that exist. The same checks run in Chromium: tests/test_browser_practice.py."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from transcript import TranscriptError

from harness.cpython import Interpreter, Session, find_transcripts, run_console
from harness.practice import tasks

TASKS = tasks()


def test_every_practice_page_but_the_index_and_the_sandbox_is_a_task() -> None:
    pages = {t.page.stem for t in TASKS}
    listed = {p.stem for p in (TASKS[0].page.parent).glob("*.md")} - {"index", "sandbox"}
    assert pages == listed, f"pages without a practice-task div: {sorted(listed - pages)}"
    assert len(TASKS) >= 12
    assert len({t.slug for t in TASKS}) == len(TASKS)


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.slug)
def test_task_is_wired(task) -> None:
    assert task.start.is_dir() and task.solution.is_dir(), task.slug
    assert task.check.is_file(), f"{task.check}: the check transcript is missing"
    assert [p.name for p in find_transcripts(task.solution)] == ["check.console"], (
        f"{task.solution}: the check must be one transcript that prints the same on every Python")
    for path in task.keep:
        assert (task.start / path).read_bytes() == (task.solution / path).read_bytes(), (
            f"{task.slug}: data-keep names {path}, but the solution changes it")
    for path, text in task.absent:
        assert (task.solution / path).is_file(), f"{task.slug}: data-absent names {path}, not in the solution"
        assert text not in (task.solution / path).read_text(encoding="utf-8"), (
            f"{task.slug}: the solution's {path} contains {text!r}, which data-absent forbids")


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.slug)
def test_start_fails_the_check(task, interpreter: Interpreter) -> None:
    expected = task.check.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="ex-") as home:
        try:
            actual = run_console(task.check, Session(task.start, Path(home), interpreter))
        except TranscriptError:
            return  # a command the start project cannot run at all: the check fails
    assert actual != expected, (
        f"{task.slug}: the starting project already passes the check on Python "
        f"{interpreter.version}: nothing to solve")
