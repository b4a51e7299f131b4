"""axe-core (npm, tests/tools/package.json) finds no accessibility violation in the open search
with results, in the phone menu, in the run panel and its import trace (every page, at two widths and in both
themes: test_browser_every_page.py)."""

from __future__ import annotations

import json

import pytest

from harness.browser import click_run
from harness.page_visits import PHONE, axe_violations


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_and_phone_menu_have_no_axe_violations(served, browser, axe_source, scheme) -> None:
    problems = []
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    page.goto(served + "basics/module/", wait_until="networkidle")

    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_timeout(300)  # the drawer slides in
    problems += axe_violations(page, axe_source, f"phone menu ({scheme})")
    page.keyboard.press("Escape")
    page.reload(wait_until="networkidle")

    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").press_sequentially("циклический импорт")
    page.wait_for_selector(".md-search-result__item")
    problems += axe_violations(page, axe_source, f"search results ({scheme})")
    context.close()
    assert not problems, "\n".join(problems)


def test_axe_reports_a_violation(served, browser, axe_source) -> None:
    """Guard: the check works — an image without alt text is reported."""
    page = browser.new_page()
    page.goto(served, wait_until="networkidle")
    page.evaluate("() => document.querySelector('article').append(document.createElement('img'))")
    found = axe_violations(page, axe_source, "index")
    page.close()
    assert any(": image-alt " in line for line in found), json.dumps(found, ensure_ascii=False)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_run_panel_has_no_axe_violations(pyodide_site, served, browser, axe_source, scheme) -> None:
    """«Запустить» opened: output with «≠» marks, stderr, skipped commands, the file editor;
    «Как шёл импорт» opened: the trace list."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served + "import/pycache/", wait_until="networkidle")
    for example in ("pycache_written", "pycache_optimize"):  # marks; skipped commands (-O)
        panel = click_run(page, example)
        assert panel.get_attribute("data-state") == "done", panel.locator(".run-status").inner_text()
        panel.locator("details.run-files > summary").click()
    assert page.locator(".run-line--changed:visible").count(), "no «≠» line to check"
    assert page.locator(".run-step--skipped:visible").count(), "no skipped command to check"
    problems = axe_violations(page, axe_source, f"import/pycache/ with run panels ({scheme})")
    # «Как шёл импорт»: the nested list of events under the output, errors included.
    page.goto(served + "import/circular/", wait_until="networkidle")
    panel = click_run(page, "circular_steps", trace=True)
    assert panel.locator(".run-trace-failed").count(), "no failed module in the trace to check"
    problems += axe_violations(page, axe_source, f"import/circular/ with an import trace ({scheme})")
    context.close()
    assert not problems, "\n".join(problems)
