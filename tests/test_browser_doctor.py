"""«Разбор ошибки» (docs/errors/doctor.md, docs/assets/javascripts/doctor.js) in Chromium: real-world
pastes (tests/data/doctor/, expected pages in manifest.yml) opened through ?q= give the expected
error page as the FIRST link; unknown errors say so and link the error index; the keyboard works;
nothing but the page's own files loads before the reader acts, the data only after; axe finds
nothing with results shown; no sideways scroll at 375 px."""

from __future__ import annotations

from urllib.parse import quote, urlparse

import pytest
import yaml

from harness.browser import WATCH_CSP, csp_violations
from harness.page_visits import PHONE, WIDE, axe_violations
from harness.paths import DATA, DOCS

PASTES = DATA / "doctor"
MANIFEST = yaml.safe_load((PASTES / "manifest.yml").read_text(encoding="utf-8"))
DOCTOR = "errors/doctor/"
RESULT_LINKS = "[data-doctor-results] a"
DATA_JSON = "/assets/doctor/data.json"


def _watch(page, aborted_ok: bool = False) -> list[str]:
    """Console errors and warnings, page errors, failed requests. ``aborted_ok``: going to the
    next paste aborts what the theme was still loading (lunr for the search), not a failure."""
    problems: list[str] = []

    def failed(request):
        if not (aborted_ok and "ERR_ABORTED" in (request.failure or "")):
            problems.append(f"failed request: {request.url} ({request.failure})")

    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", failed)
    return problems


def _results(page) -> list[str]:
    page.wait_for_selector(RESULT_LINKS, timeout=10_000)
    return [a.get_attribute("href") for a in page.locator(RESULT_LINKS).all()]


def _expected(name: str) -> tuple[str, str]:
    item = MANIFEST[name]
    return ("../" if item["page"] == "index" else f"../{item['page']}/"), item.get("anchor", "")


def test_manifest_names_every_paste() -> None:
    files = {p.name for p in PASTES.glob("*.txt")}
    assert files == set(MANIFEST), f"not in manifest: {files - set(MANIFEST)}; no file: {set(MANIFEST) - files}"
    assert len(files) >= 40
    pages = {item["page"] for item in MANIFEST.values()}
    error_pages = {p.stem for p in (DOCS / "errors").glob("*.md")} - {"index", "doctor"}
    assert error_pages <= pages, f"error pages without a paste: {sorted(error_pages - pages)}"
    assert sum(item["page"] == "index" for item in MANIFEST.values()) >= 2


def test_pastes_get_their_page_first(served, browser) -> None:
    context = browser.new_context()
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    problems = _watch(page, aborted_ok=True)
    rows, first, top3, anchors = [], 0, 0, 0
    for name in sorted(MANIFEST):
        text = (PASTES / name).read_text(encoding="utf-8")
        page.goto(served + DOCTOR + "?q=" + quote(text), wait_until="load")
        hrefs = _results(page)
        want, anchor = _expected(name)
        pages = [h.split("#")[0] for h in hrefs]
        first += pages[0] == want
        top3 += want in pages[:3]
        anchors += bool(anchor) and hrefs[0] == want + anchor
        if pages[0] != want:
            rows.append(f"{name:40} expected {want:36} got {' | '.join(hrefs[:3])}")
        if MANIFEST[name]["page"] == "index":
            status = page.locator("#doctor-status").inner_text()
            assert "Не удалось определить" in status, f"{name}: {status}"
    problems += [f"CSP: {v}" for v in csp_violations(page)]
    context.close()
    total, with_anchor = len(MANIFEST), sum(bool(i.get("anchor")) for i in MANIFEST.values())
    print(f"\ndoctor accuracy on {total} pastes: first {first}/{total} ({first / total:.0%}), "
          f"top 3 {top3}/{total} ({top3 / total:.0%}); expected section first "
          f"{anchors}/{with_anchor}")
    assert not rows, "expected page is not the first link:\n" + "\n".join(rows)
    assert not problems, "\n".join(problems)


def test_keyboard_and_requests(served, browser) -> None:
    """The data loads only when the reader acts; Ctrl+Enter in the box runs; the address gets ?q=."""
    context = browser.new_context()
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    problems = _watch(page)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(served + DOCTOR, wait_until="networkidle")
    origin = urlparse(served).netloc
    assert all(urlparse(u).netloc == origin for u in requests), requests
    assert not [u for u in requests if DATA_JSON in u], "the data loaded before the reader acted"
    assert any(u.endswith("/assets/javascripts/doctor.js") for u in requests)

    page.locator("#doctor-input").focus()
    page.keyboard.type("ImportError: attempted relative import beyond top-level package")
    page.keyboard.press("Control+Enter")
    hrefs = _results(page)
    assert hrefs[0].startswith("../beyond-top-level-package/"), hrefs
    assert [u for u in requests if DATA_JSON in u], "the data did not load"
    assert "?q=ImportError" in page.url, page.url
    assert page.locator("#doctor-status").get_attribute("aria-live") == "polite"

    # An example link fills the box and runs without reloading the page.
    page.locator("a[data-doctor-example]").first.click()
    hrefs = _results(page)
    assert "No module named" in page.locator("#doctor-input").input_value()
    assert hrefs[0].startswith("../no-module-named/"), hrefs
    problems += [f"CSP: {v}" for v in csp_violations(page)]
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_have_no_axe_violations_and_fit_a_phone(served, browser, axe_source, scheme) -> None:
    context = browser.new_context(color_scheme=scheme, viewport=PHONE, is_mobile=True, has_touch=True)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    problems = _watch(page)
    text = (PASTES / "partially_consider_renaming_313.txt").read_text(encoding="utf-8")
    page.goto(served + DOCTOR + "?q=" + quote(text), wait_until="networkidle")
    _results(page)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        problems.append(f"scrolls sideways by {overflow}px: {page.evaluate(WIDE)}")
    problems += axe_violations(page, axe_source, f"errors/doctor/ with results ({scheme}, 375 px)")
    problems += [f"CSP: {v}" for v in csp_violations(page)]
    context.close()
    assert not problems, "\n".join(problems)
