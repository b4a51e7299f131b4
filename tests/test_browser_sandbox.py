"""«Песочница» (docs/practice/sandbox.md, docs/assets/javascripts/sandbox.js and run/sandbox.mjs)
in Chromium: a reader builds a project, runs the commands the runner supports (and is told why
others do not run), keeps it across a reload, renames, deletes, downloads and resets it; a runaway
program stops; an example opens from its run panel with the reader's edits; nothing loads before
the reader acts; axe finds nothing at desktop and phone width."""

from __future__ import annotations

import io
import zipfile

import pytest

from harness.browser import csp_violations
from harness.page_visits import DEVICES, WIDE, axe_violations

SANDBOX = "practice/sandbox/"
WAIT = 150_000  # ms: a bound for one command (Pyodide's start-up included), not a measurement


class Sandbox:
    """The sandbox as a reader uses it: by labels and buttons."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}")
                if m.type == "error" else None)

    def open(self, button: str) -> None:
        self.page.get_by_role("button", name=button).click()
        self.page.wait_for_selector("[data-ready=on] .sandbox-app", timeout=30_000)

    def create(self, path: str, text: str | None = None, folder: bool = False) -> None:
        self.page.get_by_label("Путь (от папки проекта)").fill(path)
        self.page.get_by_role("button", name="Создать папку" if folder else "Создать файл").click()
        if text is not None:
            self.page.locator(".sandbox-edit textarea").fill(text)

    def select(self, path: str) -> None:
        self.page.locator(f'.sandbox-item[data-path="{path}"]').click()

    def files(self) -> list[str]:
        return self.page.locator(".sandbox-item").evaluate_all("items => items.map(i => i.dataset.path)")

    def run(self, line: str) -> str:
        """Type a command, press Enter, return the text of its entry in the output."""
        before = self.page.locator(".sandbox-log .run-step").count()
        box = self.page.locator(".sandbox-command input")
        box.fill(line)
        box.press("Enter")
        self.page.wait_for_function(
            "n => document.querySelectorAll('.sandbox-log .run-step').length > n "
            "&& !document.querySelector('.sandbox-command input').disabled", arg=min(before, 29),
            timeout=WAIT)
        return self.page.locator(".sandbox-log .run-step").last.inner_text()

    def status(self) -> str:
        return self.page.locator(".sandbox-app .run-status").inner_text()


def test_reader_builds_and_runs_a_project(tab, served) -> None:
    page = tab
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url))
    page.goto(served + SANDBOX, wait_until="networkidle")
    box = Sandbox(page)
    assert not [u for u in loaded if "sandbox.mjs" in u or "pyodide" in u or ".zip" in u], \
        "the editor, Pyodide or an archive loaded before the reader acted"
    box.open("Новый проект")
    assert box.files() == ["main.py"]
    assert not [u for u in loaded if "pyodide" in u], "Pyodide loaded before the first command"

    box.create("pkg/__init__.py", "VALUE = 42\n")
    box.create("pkg/mod.py", "from . import VALUE\nprint(VALUE)\n")
    assert box.files() == ["pkg/", "pkg/__init__.py", "pkg/mod.py", "main.py"]
    assert box.run("python main.py").splitlines()[1] == "Привет из песочницы"
    assert "42" in box.run("python -m pkg.mod").splitlines()
    out = box.run("python pkg/mod.py")
    assert "ImportError: attempted relative import with no known parent package" in out
    assert "код возврата 1" in out
    box.run("cd pkg")
    assert page.locator(".sandbox-prompt").inner_text() == "~/project/pkg $"
    assert "/home/user/project/pkg" in box.run('python -c "import os; print(os.getcwd())"')
    assert "код возврата 0" in box.run("PYTHONPATH=.. python -c \"import pkg; print(pkg.VALUE)\"")
    assert "в браузере не выполняется" in box.run("pip install requests")
    assert "напишите код в файл" in box.run("python")
    assert box.run("echo $?").splitlines()[1] == "127"
    assert "в браузере не выполняется" in box.run("cd ../..")
    box.run("cd ..")
    box.run("python -c \"open('out.txt', 'w').write('x')\"")
    assert "out.txt" in box.files(), "a file the program wrote is not in the list"

    # History: the arrow keys bring back earlier commands.
    command = page.locator(".sandbox-command input")
    command.press("ArrowUp")
    assert command.input_value() == "python -c \"open('out.txt', 'w').write('x')\""
    command.press("ArrowUp")
    assert command.input_value() == "cd .."

    # A reload keeps the project.
    page.reload(wait_until="networkidle")
    box.open("Продолжить свой проект")
    assert "pkg/mod.py" in box.files()
    box.select("pkg/mod.py")
    assert page.locator(".sandbox-edit textarea").input_value() == "from . import VALUE\nprint(VALUE)\n"

    # Rename a folder with its files, delete a file.
    box.select("pkg/")
    box.page.get_by_label("Путь (от папки проекта)").fill("lib")
    page.get_by_role("button", name="Переименовать").click()
    assert "lib/mod.py" in box.files() and "pkg/mod.py" not in box.files()
    assert "42" in box.run("python -m lib.mod").splitlines()
    box.select("out.txt")
    page.get_by_role("button", name="Удалить").click()
    assert "out.txt" not in box.files()
    box.create("../evil.py")
    assert "без «..»" in box.status()

    # Download: a zip with the project's files.
    with page.expect_download() as info:
        page.get_by_role("button", name="Скачать проект (zip)").click()
    with zipfile.ZipFile(io.BytesIO(open(info.value.path(), "rb").read())) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == ["project/lib/__init__.py", "project/lib/mod.py",
                                              "project/main.py"]
        assert archive.read("project/lib/mod.py").decode() == "from . import VALUE\nprint(VALUE)\n"

    # Reset: back to the first project.
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Начать заново").click()
    assert box.files() == ["main.py"]
    assert not box.errors, box.errors
    assert not csp_violations(page)


def test_keyboard_alone_builds_and_runs_a_project(tab, served) -> None:
    """Tab, typing and Enter: open the sandbox, edit main.py, reach the command line, run."""
    page = tab
    page.goto(served + SANDBOX, wait_until="networkidle")
    page.locator(".sandbox button").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-ready=on] .sandbox-app", timeout=30_000)
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA", "focus is not in the editor"
    page.keyboard.press("Control+End")
    page.keyboard.type("print('с клавиатуры')\n")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.sandbox-command input')"):
            break
    else:
        pytest.fail("Tab never reached the command line")
    page.keyboard.type("python main.py")
    page.keyboard.press("Enter")
    page.wait_for_selector(".sandbox-log .run-step", timeout=WAIT)
    assert "с клавиатуры" in page.locator(".sandbox-log .run-step").last.inner_text()


def test_runaway_program_stops_and_the_next_command_runs(tab, served) -> None:
    page = tab
    page.goto(served + SANDBOX, wait_until="networkidle")
    box = Sandbox(page)
    box.open("Новый проект")
    box.run("python main.py")  # Pyodide is up
    command = page.locator(".sandbox-command input")
    command.fill('python -c "while True: pass"')
    command.press("Enter")
    stop = page.get_by_role("button", name="Остановить")
    stop.wait_for(state="visible")
    page.wait_for_timeout(1000)
    stop.click()
    page.wait_for_function("() => !document.querySelector('.sandbox-command input').disabled",
                           timeout=WAIT)
    assert "остановлено" in box.status()
    assert "Привет из песочницы" in box.run("python main.py")
    out = box.run('python -c "while True: print(1)"')
    assert "вывод обрезан" in out
    assert not box.errors, box.errors


def test_example_opens_from_its_run_panel_with_the_edits(tab, served) -> None:
    page = tab
    page.goto(served + "basics/module/", wait_until="networkidle")
    panel = page.locator('.run-panel[data-example="module_first"]').first
    page.locator(f'.run-bar .run-go:not(.run-trace-go)[aria-controls="{panel.get_attribute("id")}"]').click()
    page.wait_for_function("p => p.dataset.state === 'done'", arg=panel.element_handle(), timeout=WAIT)
    panel.locator("details.run-files").evaluate("d => { d.open = true; }")
    panel.locator('textarea[data-path="main.py"]').fill("print('моя правка')\n")
    panel.get_by_role("link", name="Открыть в песочнице").click()
    page.wait_for_selector("[data-ready=on] .sandbox-app", timeout=30_000)
    box = Sandbox(page)
    assert "main.py" in box.files()
    box.select("main.py")
    assert page.locator(".sandbox-edit textarea").input_value() == "print('моя правка')\n"
    assert not [f for f in box.files() if f.endswith(".console")]
    command = page.locator(".sandbox-command input")
    command.press("ArrowUp")
    assert command.input_value().startswith("python"), "the transcript's commands are not in the history"
    assert "моя правка" in box.run("python main.py")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device", sorted(DEVICES))
def test_sandbox_has_no_accessibility_violations(browser, served, pyodide_site, axe_source,
                                                 scheme, device) -> None:
    context = browser.new_context(**DEVICES[device], color_scheme=scheme)
    page = context.new_page()
    page.goto(served + SANDBOX, wait_until="networkidle")
    box = Sandbox(page)
    box.open("Новый проект")
    box.run("python -c \"import sys; print('ошибка', file=sys.stderr)\"")
    page.locator(".sandbox-trace input").check()
    box.run("python main.py")
    found = axe_violations(page, axe_source, f"{SANDBOX} ({device}, {scheme})")
    wide = page.evaluate(WIDE)
    context.close()
    assert not found, "\n".join(found)
    assert not wide, f"wider than the screen: {wide}"
