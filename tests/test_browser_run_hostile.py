"""«Запустить» under hostile or unlucky input, in Chromium: every failure ends in a clear
message, the page stays responsive, and the next click gets a fresh, working Python.

Each test edits module_first/main.py in the run panel (as a reader would) or breaks a file the
worker fetches (Playwright routes), then checks what the reader sees.
"""

from __future__ import annotations

import pytest

from harness.browser import WATCH_CSP, csp_violations
from harness.paths import EXAMPLES

PAGE = "basics/module/"
EXAMPLE = "module_first"
ORIGINAL = (EXAMPLES / EXAMPLE / "main.py").read_text(encoding="utf-8")
WAIT = 150_000  # ms: a bound for one run (Pyodide's start-up included), not a measurement


def _open(page, served):
    """The page with the example's panel, as a Reader; fails the test on any uncaught page error
    or Content-Security-Policy violation."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served + PAGE, wait_until="networkidle")
    yield Reader(page)
    errors += csp_violations(page)
    assert not errors, errors


@pytest.fixture
def reader(pyodide_site, served, tab):
    """A fresh tab of the browser with a profile (conftest.py, tab)."""
    yield from _open(tab, served)


@pytest.fixture
def routed_reader(pyodide_site, served, browser):
    """A context of its own, for a test that reroutes the worker's requests: Playwright's routes
    apply to the whole context and turn its HTTP cache off."""
    context = browser.new_context()
    context.add_init_script(WATCH_CSP)
    try:
        yield from _open(context.new_page(), served)
    finally:
        context.close()


class Reader:
    def __init__(self, page):
        self.page = page
        self.panel = page.locator(f'.run-panel[data-example="{EXAMPLE}"]').first
        self.first = page.locator(f'button:not(.run-trace-go)[aria-controls="{self.panel.get_attribute("id")}"]')

    def wait(self) -> str:
        self.page.wait_for_function("p => ['done', 'error'].includes(p.dataset.state)",
                                    arg=self.panel.element_handle(), timeout=WAIT)
        return self.panel.get_attribute("data-state")

    def run(self, source: str | None = None) -> str:
        """Run the example (with main.py replaced by ``source``); return the final state."""
        if source is None and not self.panel.locator("textarea").count():
            self.first.click()
            return self.wait()
        if not self.panel.locator("textarea").count():
            self.first.click()
            self.wait()
        self.panel.locator("details.run-files").evaluate("d => { d.open = true; }")
        self.panel.locator('textarea[data-path="main.py"]').fill(ORIGINAL if source is None else source)
        self.panel.locator(".run-files .run-go").click()
        return self.wait()

    @property
    def status(self) -> str:
        return self.panel.locator(".run-status").inner_text()

    def lines(self) -> list[str]:
        return self.panel.locator(".run-line:not(.run-line--missing)").evaluate_all(
            "nodes => nodes.map(n => n.dataset.line)")


@pytest.mark.parametrize("source", [
    "while True:\n    print(1)\n",
    "for i in range(40000):\n    print(i)\n",
    "print('x' * 10_000_000)\n",
], ids=["endless", "40000-lines", "one-huge-line"])
def test_output_is_capped_and_the_program_stopped(reader, source) -> None:
    assert reader.run(source) == "done", reader.status
    assert len(reader.lines()) <= 2000
    assert sum(len(line) for line in reader.lines()) <= 200_000
    assert "вывод обрезан" in reader.panel.locator(".run-truncated").inner_text()
    assert "Вывод обрезан" in reader.panel.locator(".run-note").inner_text()
    # The page answers at once after the run: rendering is linear in the capped output.
    assert reader.page.evaluate("1 + 1") == 2


def test_an_exception_swallowing_loop_still_stops(reader) -> None:
    """`except BaseException` cannot keep printing past the cap: every later print stops it."""
    source = "while True:\n    try:\n        print(1)\n    except BaseException:\n        pass\n"
    reader.run("print('старт')\n")
    reader.panel.locator('textarea[data-path="main.py"]').fill(source)
    reader.panel.locator(".run-files .run-go").click()
    stop = reader.panel.locator(".run-stop")
    stop.wait_for(state="visible", timeout=WAIT)
    stop.click()
    assert reader.wait() == "error" and "остановлено" in reader.status
    assert reader.run() == "done" and "Привет, Аня!" in reader.lines()


def test_fatal_error_gets_a_fresh_python(reader) -> None:
    """Deep recursion with a raised limit overflows the JavaScript stack and kills Pyodide itself
    (a fatal error: nothing runs in it afterwards); the next run gets a fresh Python.

    The recursion goes through repr(), a C function, so the stack overflows at once; a plain
    Python recursion gets there too, after about a minute."""
    state = reader.run("import sys\nsys.setrecursionlimit(10**6)\n"
                       "class Loop:\n    def __repr__(self):\n        return repr(self)\n\n"
                       "repr(Loop())\n")
    assert state == "error", reader.status
    assert "\n" not in reader.status and len(reader.status) < 300  # one line for the screen reader
    assert reader.run() == "done", reader.status
    assert "Привет, Аня!" in reader.lines()


def test_memory_is_given_back(reader) -> None:
    assert reader.run("x = bytearray(600_000_000)\nprint(len(x))\n") == "done", reader.status
    assert "600000000" in reader.lines()
    assert "памяти: она освобождена" in reader.status
    assert reader.run() == "done"
    assert "запуск Python в браузере" in reader.status  # a new worker started


def test_example_code_cannot_post_results(reader) -> None:
    """The worker's global postMessage reaches the page, but the page listens on a private port."""
    fake = ('{"type": "result", "id": %d, "files": [], "seconds": 0, "heap": 0, "steps": '
            '[{"command": "ВЗЛОМ", "output": "ВЗЛОМ\\\\n", "chunks": [], "changed": [], '
            '"missing": [0, 0], "skipped": null, "truncated": null, "expected": "", "status": 0}]}')
    source = ("import sys\n"
              "finder = sys.modules['_pyodide._importhook'].jsfinder\n"
              "sys.meta_path.append(finder)\n"
              "import js\n"
              f"for i in range(1, 20):\n    js.postMessage(js.JSON.parse({fake!r} % i))\n"
              "print('настоящий вывод')\n")
    assert reader.run(source) == "done", reader.status
    commands = reader.panel.locator(".run-command").all_inner_texts()
    assert commands == ["$ python main.py"]
    assert "настоящий вывод" in reader.lines()


@pytest.mark.parametrize(("route", "broken", "message"), [
    ("**/assets/python/runner.py", lambda r: r.fulfill(status=404, body="нет"), "runner.py не найден (404)"),
    ("**/pyodide/pyodide.asm.wasm", lambda r: r.fulfill(status=200, body=b"\0asm broken",
                                                         content_type="application/wasm"),
     "Python для браузера не запустился"),
    ("**/pyodide/python_stdlib.zip", lambda r: r.fulfill(status=404, body="нет"),
     "Python для браузера не запустился"),
    ("**/run/worker.mjs", lambda r: r.fulfill(status=404, body="нет"), "ошибка воркера"),
    ("**/run/panel.mjs", lambda r: r.fulfill(status=404, body="нет"),
     "модуль запуска не загрузился"),
], ids=["runner-404", "corrupt-wasm", "stdlib-404", "worker-404", "panel-404"])
def test_broken_start_ends_in_a_message_and_is_retried(routed_reader, route, broken, message) -> None:
    reader = routed_reader
    context = reader.page.context
    context.route(route, broken)
    assert reader.run() == "error"
    status = reader.status
    assert message in status, status
    assert "[object" not in status and "\n" not in status
    context.unroute(route)
    assert reader.run() == "done", reader.status  # the next click starts a fresh worker
    assert "Привет, Аня!" in reader.lines()


def test_stop_aborts_the_download(reader) -> None:
    """A zip that never arrives: «Остановить» ends the wait and cancels the request."""
    page = reader.page
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.route(f"**/assets/examples/{EXAMPLE}.zip", lambda route: None)  # never answered
    reader.first.click()
    stop = reader.panel.locator(".run-stop")
    stop.wait_for(state="visible", timeout=10_000)
    stop.click()
    assert reader.wait() == "error" and "остановлено" in reader.status
    assert any(url.endswith(f"{EXAMPLE}.zip") for url in failed), failed
    page.unroute(f"**/assets/examples/{EXAMPLE}.zip")
    assert reader.run() == "done", reader.status


def test_no_buttons_without_webassembly(pyodide_site, served, browser) -> None:
    context = browser.new_context()
    context.add_init_script("delete globalThis.WebAssembly")
    page = context.new_page()
    page.goto(served + PAGE, wait_until="networkidle")
    assert page.locator(".run-bar").count() == 0
    assert page.locator(".highlight").count() > 0
    context.close()


def test_import_trace_is_capped(reader) -> None:
    """«Как шёл импорт» on a program that imports in a loop: the list stops at tracer.MAX_EVENTS
    and says so, the output is complete, the page answers at once."""
    reader.run("print('старт')\n")
    reader.panel.locator('textarea[data-path="main.py"]').fill(
        "for i in range(20000):\n    import os\nprint('готово')\n")
    panel_id = reader.panel.get_attribute("id")
    reader.page.locator(f'button.run-trace-go[aria-controls="{panel_id}"]').click()
    assert reader.wait() == "done", reader.status
    assert reader.lines() == ["готово"]
    events = reader.panel.locator(".run-trace li[data-event]").count()
    assert 0 < events <= 400, events
    assert "Событий больше" in reader.panel.locator(".run-trace").inner_text()
    assert reader.page.evaluate("1 + 1") == 2
