"""Options and fixtures shared by the test suite."""

from __future__ import annotations

import hashlib
import sys

import pytest

from transcripts import EXAMPLES, Interpreter


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("transcripts")
    group.addoption(
        "--update-transcripts", action="store_true",
        help="rewrite transcripts with what Python printed (review the diff before committing)",
    )
    group.addoption(
        "--python", action="append", default=[], metavar="PATH",
        help="interpreter to run the examples with (repeatable); default: the one running pytest",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "interpreter" in metafunc.fixturenames:
        paths = metafunc.config.getoption("--python") or [sys.executable]
        interpreters = [Interpreter.probe(p) for p in paths]
        metafunc.parametrize("interpreter", interpreters, ids=[i.tag for i in interpreters])


def _snapshot() -> dict[str, str]:
    return {
        str(p.relative_to(EXAMPLES)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(EXAMPLES.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="session", autouse=True)
def examples_stay_untouched():
    """Guard: no example writes into the repository (they run in temporary copies)."""
    before = _snapshot()
    yield
    after = _snapshot()
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed or _updating, f"files under examples/ changed during the tests: {changed}"


_updating = False


def pytest_configure(config: pytest.Config) -> None:
    global _updating
    _updating = config.getoption("--update-transcripts")
