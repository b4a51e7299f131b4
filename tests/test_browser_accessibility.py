"""axe-core (npm, tests/tools/package.json) finds no accessibility violation on any page, in the light
and the dark theme, at desktop and phone (375 px) width, nor in the open search with results, nor
in the phone menu."""

from __future__ import annotations

import json

import pytest

from harness.browser import click_run, page_urls
from harness import require
from harness.paths import NODE_MODULES

AXE = NODE_MODULES / "axe-core" / "axe.min.js"

# Every rule axe runs by default (WCAG 2.0–2.2 A and AA, and best practices); none is disabled.
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').split('\\n')[1])
  }));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    require(AXE.is_file(), "axe-core is not installed: npm ci --prefix tests/tools --ignore-scripts")
    return AXE.read_text(encoding="utf-8")


def _violations(page, axe_source: str, where: str) -> list[str]:
    page.evaluate(axe_source)
    found = []
    for v in page.evaluate(RUN_AXE):
        nodes = "\n    ".join(v["nodes"][:5])
        more = f"\n    … and {len(v['nodes']) - 5} more" if len(v["nodes"]) > 5 else ""
        found.append(f"{where}: {v['id']} ({v['help']}), {len(v['nodes'])} element(s):\n    {nodes}{more}")
    return found


PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 720}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_page_has_no_axe_violations(site, served, browser, axe_source, scheme, viewport) -> None:
    problems = []
    context = browser.new_context(color_scheme=scheme, viewport=viewport)
    page = context.new_page()
    for page_path, url in page_urls(site, served):
        page.goto(url, wait_until="networkidle")
        expected = "slate" if scheme == "dark" else "default"
        actual = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        assert actual == expected, f"{page_path}: theme {actual}, expected {expected}"
        problems += _violations(page, axe_source, f"{page_path} ({scheme}, {viewport['width']} px)")
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_and_phone_menu_have_no_axe_violations(served, browser, axe_source, scheme) -> None:
    problems = []
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    page.goto(served + "basics/module/", wait_until="networkidle")

    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_timeout(300)  # the drawer slides in
    problems += _violations(page, axe_source, f"phone menu ({scheme})")
    page.keyboard.press("Escape")
    page.reload(wait_until="networkidle")

    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").press_sequentially("циклический импорт")
    page.wait_for_selector(".md-search-result__item")
    problems += _violations(page, axe_source, f"search results ({scheme})")
    context.close()
    assert not problems, "\n".join(problems)


def test_axe_reports_a_violation(served, browser, axe_source) -> None:
    """Guard: the check works — an image without alt text is reported."""
    page = browser.new_page()
    page.goto(served, wait_until="networkidle")
    page.evaluate("() => document.querySelector('article').append(document.createElement('img'))")
    found = _violations(page, axe_source, "index")
    page.close()
    assert any(": image-alt " in line for line in found), json.dumps(found, ensure_ascii=False)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_run_panel_has_no_axe_violations(pyodide_site, served, browser, axe_source, scheme) -> None:
    """«Запустить» opened: output with «≠» marks, stderr, skipped commands, the file editor."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served + "import/pycache/", wait_until="networkidle")
    for example in ("pycache_written", "pycache_optimize"):  # marks; skipped commands (-O)
        panel = click_run(page, example)
        assert panel.get_attribute("data-state") == "done", panel.locator(".run-status").inner_text()
        panel.locator("details.run-files > summary").click()
    assert page.locator(".run-line--changed:visible").count(), "no «≠» line to check"
    assert page.locator(".run-step--skipped:visible").count(), "no skipped command to check"
    problems = _violations(page, axe_source, f"import/pycache/ with run panels ({scheme})")
    context.close()
    assert not problems, "\n".join(problems)
