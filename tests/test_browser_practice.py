"""«Практика» in Chromium: on every task page the hints open one at a time, the starting project
fails «Проверить», the reference solution («Подставить решение») passes it, and the task list
marks the task solved; a data-keep condition is enforced; nothing loads before the reader acts;
axe finds nothing in an opened task with its check results."""

from __future__ import annotations

import pytest

from harness.browser import csp_violations
from harness.page_visits import DEVICES, WIDE, axe_violations
from harness.practice import tasks

TASKS = tasks()
WAIT = 150_000  # ms: a bound for one check (Pyodide's start-up included), not a measurement


def _open(page, served: str, task) -> None:
    page.goto(served + task.url, wait_until="networkidle")
    page.get_by_role("button", name="Решать в браузере").click()
    page.wait_for_selector(".practice-task[data-ready=on] .sandbox-app", timeout=30_000)


def _check(page) -> str:
    host = page.locator(".practice-task")
    page.evaluate("() => { document.querySelector('.practice-task').dataset.check = ''; }")
    page.get_by_role("button", name="Проверить").click()
    page.wait_for_function("() => ['passed', 'failed'].includes("
                           "document.querySelector('.practice-task').dataset.check)", timeout=WAIT)
    return host.get_attribute("data-check")


def test_every_task_start_fails_and_solution_passes(tab, served) -> None:
    page = tab
    errors: list[str] = []
    loaded: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: loaded.append(r.url))
    wrong = []
    for task in TASKS:
        loaded.clear()
        page.goto(served + task.url, wait_until="networkidle")
        early = [u for u in loaded if "sandbox.mjs" in u or "pyodide" in u or ".zip" in u]
        assert not early, f"{task.url}: loaded before the reader acted: {early}"
        hints = page.locator("details.tip")
        assert hints.count() >= 2, f"{task.url}: fewer than two hints"
        assert hints.nth(1).is_hidden(), f"{task.url}: the second hint shows before the first is opened"
        hints.nth(0).locator("summary").click()
        hints.nth(1).wait_for(state="visible", timeout=5_000)  # shown on the "toggle" event

        page.get_by_role("button", name="Решать в браузере").click()
        page.wait_for_selector(".practice-task[data-ready=on] .sandbox-app", timeout=30_000)
        start = _check(page)
        page.get_by_role("button", name="Подставить решение").click()
        page.wait_for_function("() => !document.querySelector('.practice-check-go').disabled")
        solved = _check(page)
        summary = page.locator(".practice-summary").inner_text()
        if (start, solved) != ("failed", "passed"):
            wrong.append(f"{task.slug}: start {start}, solution {solved}: {summary}\n"
                         + page.locator(".practice-result").inner_text())
        errors += csp_violations(page)
    assert not wrong, "\n".join(wrong)
    assert not errors, errors

    page.goto(served + "practice/", wait_until="networkidle")
    states = page.locator("[data-practice-state]").all_inner_texts()
    assert states == ["решена"] * len(TASKS), states


def test_a_changed_kept_file_fails_the_check(tab, served) -> None:
    task = next((t for t in TASKS if t.keep), None)
    if task is None:
        pytest.skip("no task has data-keep")
    page = tab
    page.goto(served + task.url, wait_until="networkidle")
    page.evaluate("() => localStorage.clear()")
    _open(page, served, task)
    page.get_by_role("button", name="Подставить решение").click()
    page.wait_for_function("() => !document.querySelector('.practice-check-go').disabled")
    page.locator(f'.sandbox-item[data-path="{task.keep[0]}"]').click()
    editor = page.locator(".sandbox-edit textarea")
    editor.fill(editor.input_value() + "\n# правка\n")
    assert _check(page) == "failed"
    assert f"✗ {task.keep[0]} не изменён" in page.locator(".practice-result").inner_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device", sorted(DEVICES))
def test_task_has_no_accessibility_violations(browser, served, pyodide_site, axe_source,
                                              scheme, device) -> None:
    task = TASKS[0]
    context = browser.new_context(**DEVICES[device], color_scheme=scheme)
    page = context.new_page()
    _open(page, served, task)
    _check(page)
    page.locator("details.tip").first.locator("summary").click()
    found = axe_violations(page, axe_source, f"{task.url} ({device}, {scheme})")
    wide = page.evaluate(WIDE)
    context.close()
    assert not found, "\n".join(found)
    assert not wide, f"wider than the screen: {wide}"
