"""Every transcript re-runs and matches exactly what Python prints."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from transcript import select_variant, transcript_group, transcript_version

from harness.cpython import SCRATCH, Interpreter, diff, find_examples, find_transcripts, run_transcript, variant_path
from harness.paths import EXAMPLES, ROOT


def _groups() -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for example in find_examples():
        for path in find_transcripts(example):
            key = f"{example.name}/{transcript_group(path.relative_to(example))}"
            groups.setdefault(key, []).append(path)
    return sorted(groups.items())


GROUPS = _groups()


def _others(name: str, version: tuple[int, int]) -> list:
    """The variants this Python runs of the example's other transcripts."""
    example = name.split("/", 1)[0] + "/"
    return [variant for key, paths in GROUPS if key.startswith(example) and key != name
            if (variant := select_variant(paths, version))]


# The home folder of this test process's examples: one path, so that transcripts of one example
# that begin with the same commands share what those commands left (harness.cpython.Snapshots;
# test ids keep an example's transcripts together, pytest-xdist's worksteal keeps runs of them
# on one process). A short path: pip writes console scripts with a `#!/bin/sh` trampoline
# instead of `#!…/python` when the path to the environment's python is longer than 127
# characters, and a reader's is short.
HOME = Path(SCRATCH) / f"ex-{os.getpid()}"


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g[0])
def test_transcript(group, interpreter: Interpreter, request) -> None:
    name, candidates = group
    path = select_variant(candidates, interpreter.version)
    assert path is not None, (
        f"{name}: no transcript variant applies to Python {interpreter.version}; "
        "examples must run on every Python of the matrix, 3.10 on")
    example = EXAMPLES / name.split("/", 1)[0]
    expected = path.read_text(encoding="utf-8")
    shutil.rmtree(HOME, ignore_errors=True)
    try:
        actual = run_transcript(path, example, HOME, interpreter, _others(name, interpreter.version))
    finally:
        shutil.rmtree(HOME, ignore_errors=True)
    if actual != expected and request.config.getoption("--update-transcripts"):
        # The variant in use belongs to an older Python, which still prints what it says:
        # this Python gets a variant of its own (run.py314.console), shown in a new tab.
        if transcript_version(path) < interpreter.version:
            path = variant_path(path, interpreter.version)
        path.write_text(actual, encoding="utf-8")
        pytest.skip(f"wrote {path.relative_to(ROOT)}")
    if actual != expected:
        pytest.fail("transcript differs (run with --update-transcripts to rewrite it):\n"
                    + diff(expected, actual, path), pytrace=False)
