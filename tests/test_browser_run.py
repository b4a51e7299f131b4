"""«Запустить» in Chromium: every transcript of every example, run in Pyodide from the built
site, prints what the transcript shows — except the differences listed, one file per
transcript, in tests/data/browser_runs/ (.github/CONTRIBUTING.md, «Запуск в браузере»).

Pyodide is Python 3.14 on Emscripten; the transcript a run compares with is the one CPython 3.14
(Debian's build, Linux) printed. Paths of the standard library, modules built into Pyodide,
commands a browser cannot run, and the "consider renaming" hint (CPython decides it from the
sys.path[0] it computed at start-up; the emulated process cannot set that) differ.
The reader sees those lines marked «≠» under the example; here they are reviewed facts, and any
other difference fails the test. Commands a browser cannot run (venvs, pip, -O) are shown as
skipped; the files list each skip (the output of a command that did not run is not compared).

Regenerate after a change (review the diff!):
    python -m pytest tests/test_browser_run.py --update-browser-runs
"""

from __future__ import annotations

import difflib
import json
import zipfile
from collections import defaultdict

import pytest

import transcript
from transcript import select_variant, transcript_group

from harness import site_checks
from harness.browser import click_run, csp_violations, profile_tab
from harness.cpython import find_examples, find_transcripts
from harness.paths import BROWSER_RUNS as RUNS
from harness.paths import EXAMPLES, PYODIDE_PACKAGE_JSON, ROOT
from harness.practice import tasks

PYODIDE = (3, 14)  # the Python inside the npm package pinned in .ci/site/package.json
PYODIDE_PACKAGE = json.loads(PYODIDE_PACKAGE_JSON.read_text())["dependencies"]["pyodide"]
BROWSER = f"в браузере: Pyodide {PYODIDE_PACKAGE}, Python {PYODIDE[0]}.{PYODIDE[1]}"
SKIPPED = "[в браузере не выполняется: {}]\n"


# A practice task's check has no «Запустить» (run.js skips .practice-check): «Проверить» runs it
# on the reader's files, and tests/test_browser_practice.py presses it on every task.
PRACTICE_CHECKS = {task.check.relative_to(EXAMPLES).as_posix() for task in tasks()}


def _plan() -> dict[str, list[str]]:
    """Page URL → transcripts (examples/-relative) whose run button that page is tested on.

    Each transcript group (run.console and its .pyXY variants) is run once, in the variant a
    Python 3.14 reader's run compares against (the newest one), on the first page showing it."""
    pages: dict[str, list[str]] = {}
    seen = set()
    for md in site_checks.pages(ROOT):
        for block in site_checks.iter_blocks(md):
            if not (block.embeds or "").endswith(transcript.SUFFIXES):
                continue
            if block.embeds.removeprefix("examples/") in PRACTICE_CHECKS:
                continue
            rel = block.embeds.removeprefix("examples/")
            path = EXAMPLES / rel
            group = [p for p in find_transcripts(EXAMPLES / rel.split("/")[0])
                     if transcript_group(p) == transcript_group(path)]
            if path != select_variant(group, PYODIDE) or rel in seen:
                continue
            seen.add(rel)
            pages.setdefault(site_checks.page_url(md, ROOT), []).append(rel)
    return pages


PLAN = _plan()


def _expected_diff(rel: str) -> str:
    path = RUNS / (rel + ".diff")
    if not path.is_file():
        return ""
    with open(path, encoding="utf-8", newline="") as f:  # keep any \r as written
        return f.read()


def _browser_text(steps: list[dict]) -> str:
    """The run as a transcript: commands, then output (VOLATILE-normalized) or the skip."""
    text = []
    for step in steps:
        command = step["command"]
        text.append(command + "\n" if command.startswith(">>>") else f"$ {command}\n")
        if step["skipped"]:
            text.append(SKIPPED.format(step["skipped"]))
            continue
        text.append(transcript.normalize("".join(line + "\n" for line in step["lines"])))
    return "".join(text)


def _transcript_text(rel: str, steps: list[dict]) -> str:
    """The transcript as the browser run is compared with it: a skipped command keeps its
    line but not its output (the output of a command that did not run is not compared)."""
    text = (EXAMPLES / rel).read_text(encoding="utf-8")
    if rel.endswith(".pycon"):
        return text
    parsed = transcript.parse_console(text)
    assert [p.command for p in parsed] == [s["command"] for s in steps], f"{rel}: commands differ"
    return "".join(f"$ {p.command}\n" + ("" if step["skipped"] else p.expected)
                   for p, step in zip(parsed, steps))


def _diff(rel: str, expected: str, actual: str, context: int = 0) -> str:
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"examples/{rel}", tofile=BROWSER, n=context))


# What the reader sees under the block, read back from the page.
READ_PANEL = """panel => [...panel.querySelectorAll('.run-step')].map(step => ({
  command: step.querySelector('.run-command').textContent.replace(/^\\$ /, ''),
  skipped: step.querySelector('.run-skip')
    ? step.querySelector('.run-skip').textContent.replace('в браузере не выполняется: ', '')
    : null,
  lines: [...step.querySelectorAll('.run-line:not(.run-line--missing)')]
    .map(line => line.dataset.line),
}))"""


@pytest.fixture(scope="module")
def reader(pyodide_site, profile, served):
    """One tab for the pages of this module, as a reader going from page to page: after the
    first page Pyodide comes from the browser's caches, its compiled code too (the profile on
    disk: conftest.py, profile), and no page starts a renderer process of its own
    (harness/page_visits.py, _Tab: that cost about a CPU second a page)."""
    with profile_tab(profile, served) as page:
        yield page


@pytest.mark.parametrize("page_url", sorted(PLAN), ids=lambda u: u or "index")
def test_run_button_prints_the_transcript(page_url, reader, pyodide_site, served, request):
    update = request.config.getoption("--update-browser-runs")
    page = reader
    context = page.context
    requests, errors = [], []

    def on_request(r):
        requests.append(r.url)

    def on_failed(r):
        errors.append(f"failed request {r.url}")

    # Requests of the page and of its worker (Pyodide fetches its files from the worker).
    context.on("request", on_request)
    context.on("requestfailed", on_failed)

    def on_error(e):
        errors.append(str(e))

    page.on("pageerror", on_error)
    page.goto(served + page_url, wait_until="networkidle")
    early = [u for u in requests
             if any(part in u for part in ("/pyodide/", "/run/", "/assets/python/", "/assets/examples/"))]
    assert not early, f"{page_url}: loaded before any click: {early}"

    problems = []
    for rel in PLAN[page_url]:
        example, name = rel.split("/", 1)
        selector = f'.run-panel[data-example="{example}"][data-transcript="{name}"]'
        assert page.locator(selector).count(), f"{page_url}: no run button under {rel}"
        download = page.locator(selector).first.locator("xpath=preceding-sibling::div[1]//a")
        href = download.get_attribute("href")
        assert href.endswith(f"/assets/examples/{example}.zip"), href
        assert (pyodide_site / "assets" / "examples" / f"{example}.zip").is_file(), href
        panel = click_run(page, example, name)
        status = panel.locator(".run-status").text_content()
        if panel.get_attribute("data-state") != "done":
            problems.append(f"{rel}: {status}")
            continue
        steps = panel.evaluate(READ_PANEL)
        actual = _browser_text(steps)
        expected = _transcript_text(rel, steps)
        found = _diff(rel, expected, actual)
        target = RUNS / (rel + ".diff")
        if update:
            if found:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(found, encoding="utf-8")
            elif target.exists():
                target.unlink()
            continue
        if found != _expected_diff(rel):
            problems.append(
                f"{rel}: the browser run differs from the transcript other than listed in "
                f"tests/data/browser_runs/{rel}.diff (run with --update-browser-runs and review):\n"
                + _diff(rel, expected, actual, context=2))
    errors += [f"Content-Security-Policy: {v}" for v in csp_violations(page)]
    page.remove_listener("pageerror", on_error)
    context.remove_listener("request", on_request)
    context.remove_listener("requestfailed", on_failed)
    foreign = [u for u in requests if not u.startswith(served)]
    assert not foreign, f"{page_url}: requests outside the site: {foreign}"
    assert not errors, f"{page_url}: {errors}"
    assert not problems, "\n\n".join(problems)


def test_every_transcript_is_run() -> None:
    """Each transcript group of each example is run on some page, in its newest variant."""
    planned = {rel for rels in PLAN.values() for rel in rels}
    missing = []
    for example in find_examples():
        groups = defaultdict(list)
        for path in find_transcripts(example):
            groups[transcript_group(path)].append(path)
        for paths in groups.values():
            rel = select_variant(paths, PYODIDE).relative_to(EXAMPLES).as_posix()
            if rel not in planned and rel not in PRACTICE_CHECKS:
                missing.append(rel)
    assert not missing, f"no page shows these transcripts, so no run button tests them: {missing}"


def test_no_stale_browser_run_lists() -> None:
    planned = {rel for rels in PLAN.values() for rel in rels}
    stale = sorted(p.relative_to(RUNS).as_posix().removesuffix(".diff")
                   for p in RUNS.rglob("*.diff")
                   if p.relative_to(RUNS).as_posix().removesuffix(".diff") not in planned)
    assert not stale, f"tests/data/browser_runs/ lists transcripts that are not run: {stale}"


def test_zip_of_every_example_is_its_folder(site) -> None:
    """Download: <example>.zip holds exactly the folder's files, under <example>/."""
    problems = []
    for example in find_examples():
        archive = site / "assets" / "examples" / f"{example.name}.zip"
        if not archive.is_file():
            problems.append(f"{example.name}: no {archive.name}")
            continue
        files = {p.relative_to(EXAMPLES).as_posix(): p.read_bytes()
                 for p in example.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
        with zipfile.ZipFile(archive) as z:
            packed = {name: z.read(name) for name in z.namelist()}
        if packed != files:
            problems.append(f"{example.name}: zip {sorted(set(packed) ^ set(files)) or 'bytes'} "
                            "differ from the folder")
    assert not problems, "\n".join(problems)


def test_edit_copy_stop_and_reset(pyodide_site, served, browser) -> None:
    """The reader edits a file and runs again, copies a file, stops a hung run, resets."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served + "basics/module/", wait_until="networkidle")
    panel = page.locator('.run-panel[data-example="module_first"]').first
    panel_id = panel.get_attribute("id")

    def run(button) -> str:
        button.click()
        page.wait_for_function("p => ['done', 'error'].includes(p.dataset.state)",
                               arg=panel.element_handle(), timeout=120_000)
        return panel.locator(".run-output").inner_text()

    first = run(page.locator(f'button:not(.run-trace-go)[aria-controls="{panel_id}"]'))
    assert "Привет, Аня!" in first
    assert "запуск Python в браузере" in panel.locator(".run-status").inner_text()
    assert panel.locator(".run-line--changed").count() == 0

    panel.locator("details.run-files > summary").click()
    editor = panel.locator('textarea[data-path="main.py"]')
    original = (EXAMPLES / "module_first" / "main.py").read_text(encoding="utf-8")
    assert editor.input_value() == original
    editor.locator("xpath=following-sibling::button[1]").click()
    assert page.evaluate("navigator.clipboard.readText()") == original

    again = panel.locator(".run-files .run-go")
    editor.fill(original.replace("Аня", "Боря"))
    edited = run(again)
    assert "Привет, Боря!" in edited and "Привет, Аня!" not in edited
    assert "Файлы изменены" in panel.locator(".run-note").inner_text()
    assert "запуск Python" not in panel.locator(".run-status").inner_text()  # started once

    editor.fill("while True:\n    pass\n")
    again.click()
    stop = panel.locator(".run-stop")
    stop.wait_for(state="visible", timeout=10_000)
    stop.click()
    page.wait_for_function("p => p.dataset.state === 'error'", arg=panel.element_handle())
    assert "остановлено" in panel.locator(".run-status").inner_text()

    panel.locator(".run-reset").click()
    assert editor.input_value() == original
    assert run(again) == first  # a new worker, the original files
    context.close()
