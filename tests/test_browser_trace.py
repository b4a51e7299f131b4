"""«Как шёл импорт» in Chromium equals the same tracer's record in CPython.

For each lesson below, the button «Как шёл импорт» runs the transcript in Pyodide (Python 3.14)
with docs/assets/python/tracer.py switched on; the test reads the events back from the page (each
list item keeps its event in data-event) and compares them, step by step, with what the same
tracer recorded in CPython 3.14 (tests/harness/trace.py). It also checks that tracing changes nothing
the program prints. The only differences allowed are the
output differences already reviewed for that transcript in tests/data/browser_runs/: where an
error line differs there (CPython's "consider renaming" hint), the error in the trace differs the
same way.
"""

from __future__ import annotations

import difflib
import json

import pytest

from transcript import transcript_group

from harness import require, site_checks
from harness.browser import click_run, csp_violations
from harness.cpython import Interpreter
from harness.paths import BROWSER_RUNS, EXAMPLES, ROOT
from harness.trace import cpython_traces
from conftest import _interpreters
from test_browser_run import (PLAN, PYODIDE, READ_PANEL, _browser_text, _diff, _expected_diff,
                              _transcript_text)

# Lessons whose pages send the reader to «Как шёл импорт» (example, transcript group), with what
# each one shows: a first package, the steps of import and sys.modules, a circular import caught
# half-initialised, relative imports (and one with no parent package), a namespace package, a
# script shadowing a standard module (and the modules it cannot shadow: built-in, already
# imported), python -m running a module of a package, a finder of the example's own in
# sys.meta_path.
LESSONS = [
    ("package_first", "run.console"),
    ("cache_import_steps", "run.console"),
    ("circular_steps", "run.console"),
    ("circular_error", "run.console"),
    ("relative_forms", "run.console"),
    ("relative_no_parent", "run.console"),
    ("init_namespace_package", "run.console"),
    ("choose_shadowing_stdlib", "run.console"),
    ("search_path_shadowing", "run.console"),
    ("relative_main", "run.console"),
    ("machinery_custom_finder", "run.console"),
]

READ_TRACES = """panel => [...panel.querySelectorAll('.run-step')].map(step => {
  const box = step.querySelector('.run-trace');
  return box ? [...box.querySelectorAll('li[data-event]')].map(li => JSON.parse(li.dataset.event))
             : null;
})"""


def _planned(example: str, group: str) -> tuple[str, str]:
    """The page and the variant test_browser_run.py runs this transcript group with (the one a
    Python 3.14 reader's run compares against)."""
    for page_url, rels in PLAN.items():
        for rel in rels:
            planned_example, name = rel.split("/", 1)
            if planned_example == example and transcript_group(name) == group:
                return page_url, name
    raise AssertionError(f"no page shows examples/{example}/{group}")


def _reviewed_changes(example: str, name: str) -> dict[str, str]:
    """Line of CPython's output → line the browser prints instead, from the reviewed diff."""
    path = BROWSER_RUNS / example / f"{name}.diff"
    if not path.is_file():
        return {}
    changes, removed, added = {}, [], []
    for line in path.read_text(encoding="utf-8").splitlines() + ["@@"]:
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            if len(removed) == len(added):
                changes.update(zip(removed, added))
            removed, added = [], []
        elif line.startswith("-"):
            removed.append(line[1:])
        elif line.startswith("+"):
            added.append(line[1:])
    return changes


def _as_browser(events: list[dict] | None, changes: dict[str, str]) -> list[dict] | None:
    if events is None:
        return None
    return [{**e, "error": changes.get(e["error"], e["error"])} if "error" in e else e
            for e in events]


@pytest.fixture(scope="module")
def python314(request) -> Interpreter:
    found = [i for i in _interpreters(request.config) if i.version == PYODIDE]
    require(bool(found), "the tracer is compared with CPython 3.14: set TRANSCRIPT_PYTHONS "
                         "(.ci/pythons prints it)")
    return found[0]


def _format(events: list[dict] | None) -> list[str]:
    return ["(not python)"] if events is None else [
        "  " * e["depth"] + json.dumps({k: v for k, v in e.items() if k != "depth"},
                                       ensure_ascii=False) for e in events]


@pytest.mark.parametrize("example,group", LESSONS, ids=[e for e, _ in LESSONS])
def test_browser_trace_equals_cpython(example, group, python314, pyodide_site, served, tab,
                                      tmp_path) -> None:
    page_url, name = _planned(example, group)
    expected = cpython_traces(EXAMPLES / example, name, tmp_path, python314)
    assert any(expected), f"{example}/{name}: CPython recorded no import at all"
    changes = _reviewed_changes(example, name)

    page = tab
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served + page_url, wait_until="networkidle")
    panel = click_run(page, example, name, trace=True)
    assert panel.get_attribute("data-state") == "done", panel.locator(".run-status").text_content()
    actual = panel.evaluate(READ_TRACES)
    # Tracing changes nothing the program prints: the output is the one test_browser_run.py
    # checks, with the same reviewed differences.
    steps = panel.evaluate(READ_PANEL)
    rel = f"{example}/{name}"
    output_diff = _diff(rel, _transcript_text(rel, steps), _browser_text(steps))
    assert output_diff == _expected_diff(rel), f"{rel}: a traced run prints something else:\n{output_diff}"
    errors += [f"Content-Security-Policy: {v}" for v in csp_violations(page)]
    assert not errors, errors

    assert len(actual) == len(expected), f"{example}/{name}: {len(actual)} steps, not {len(expected)}"
    problems = []
    for index, (cpython, chromium) in enumerate(zip(expected, actual)):
        want = _format(_as_browser(cpython, changes))
        got = _format(chromium if cpython is not None else None)
        if want != got:
            problems.append(f"step {index + 1}:\n" + "\n".join(difflib.unified_diff(
                want, got, "CPython 3.14", "Chromium (Pyodide)", lineterm="")))
    assert not problems, f"{example}/{name}: the browser's trace differs from CPython's\n" + \
        "\n".join(problems)


def test_trace_lessons_exist() -> None:
    for example, group in LESSONS:
        assert (EXAMPLES / example / group).is_file(), f"{example}/{group}"


def test_pages_that_send_the_reader_to_the_trace_show_a_compared_lesson() -> None:
    """A lesson that says «нажмите «Как шёл импорт» под транскриптом» shows one of LESSONS, so
    what the reader is told to look at is what this test compares with CPython."""
    compared = {f"examples/{example}/" for example, _ in LESSONS}
    pointing = []
    for md in site_checks.pages(ROOT):
        if "«Как шёл импорт» под транскриптом" not in md.read_text(encoding="utf-8"):
            continue
        pointing.append(md)
        embeds = {block.embeds for block in site_checks.iter_blocks(md) if block.embeds}
        assert any(e.startswith(tuple(compared)) for e in embeds), (
            f"{md.relative_to(ROOT)} sends the reader to «Как шёл импорт» but shows none of LESSONS")
    assert len(pointing) >= 5, [str(p) for p in pointing]
