"""The built site in Debian's Chromium: every page on a phone-sized screen, the copy buttons,
tabs, the dark theme and the 404 page."""

from __future__ import annotations

import difflib
from urllib.parse import urlparse

from harness import site_checks
from harness.browser import WATCH_CSP, csp_violations, page_urls
from harness.paths import ROOT

PHONE = {"width": 375, "height": 740}


def test_every_page_at_375px_loads_only_from_its_origin(site, served, browser) -> None:
    """No console error, no failed request, no request outside the origin, no
    Content-Security-Policy violation, no sideways scroll."""
    problems = []
    origin = urlparse(served).netloc
    for page_path, url in page_urls(site, served):
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        context.add_init_script(WATCH_CSP)
        page = context.new_page()

        def on_request(request, page_path=page_path):
            if urlparse(request.url).netloc not in (origin, ""):
                problems.append(f"{page_path}: request outside the origin: {request.url}")

        def on_console(message, page_path=page_path):
            if message.type in ("error", "warning"):
                problems.append(f"{page_path}: console {message.type}: {message.text}")

        page.on("request", on_request)
        page.on("requestfailed", lambda r, p=page_path: problems.append(f"{p}: failed request: {r.url}"))
        page.on("console", on_console)
        page.on("pageerror", lambda e, p=page_path: problems.append(f"{p}: page error: {e}"))
        response = page.goto(url, wait_until="networkidle")
        if response is None or response.status != 200:
            problems.append(f"{page_path}: HTTP {response.status if response else 'no response'}")
        problems += [f"{page_path}: Content-Security-Policy: {v}" for v in csp_violations(page)]
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .filter(e => !e.closest('pre, .md-typeset__table, .md-sidebar, .md-search, .tabbed-labels'))
                .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className)""")
            problems.append(f"{page_path}: scrolls sideways by {overflow}px at 375px: {wide}")
        context.close()
    assert not problems, "\n".join(problems)


# What a reader does before copying a block that is not in view: open the collapsed «тот же
# файл» block and choose the tab it is in.
SHOW = """block => {
  for (let e = block; e; e = e.parentElement) {
    if (e.tagName === 'DETAILS') e.open = true;
    if (e.classList.contains('tabbed-block')) {
      const set = e.closest('.tabbed-set');
      const index = [...e.parentElement.children].indexOf(e);
      set.querySelectorAll(':scope > input')[index].click();
    }
  }
}"""


def test_copy_buttons_copy_the_embedded_file(site, served, browser) -> None:
    """Clicking the copy button of an embedded example file puts exactly that file's text on
    the clipboard (every such block on every page)."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    problems, checked = [], 0
    for md in site_checks.pages(ROOT):
        embeds = [block.embeds for block in site_checks.iter_blocks(md)]
        if not any(embeds):
            continue
        rel = md.relative_to(ROOT / "docs").with_suffix("")
        page.goto(served + site_checks.page_url(md, ROOT), wait_until="networkidle")
        blocks = page.locator("article div.highlight")
        if blocks.count() != len(embeds):
            problems.append(f"docs/{rel}.md: {len(embeds)} fenced blocks, {blocks.count()} in the HTML")
            continue
        for i, path in enumerate(embeds):
            if path is None:
                continue
            page.evaluate("() => navigator.clipboard.writeText('')")
            blocks.nth(i).evaluate(SHOW)
            # The button is shown on hover; a script click is what a tap does on a phone.
            blocks.nth(i).locator("button.md-code__button[data-md-type=copy]").dispatch_event("click")
            copied = page.evaluate("() => navigator.clipboard.readText()")
            # The block shows the file without its final newline(s) (Markdown drops trailing
            # empty lines of a code block); the copy is what the block shows.
            expected = (ROOT / path).read_text(encoding="utf-8").rstrip("\n")
            if copied != expected:
                diff = "".join(difflib.unified_diff(
                    expected.splitlines(True), copied.splitlines(True), "file", "copied", n=1))
                problems.append(f"docs/{rel}.md, block {i + 1} ({path}): copied text differs\n{diff}")
            checked += 1
    context.close()
    assert checked > 100, f"only {checked} embedded blocks found"
    assert not problems, "\n".join(problems)


def test_version_tabs_switch_together(served, browser) -> None:
    """content.tabs.link: choosing one Python version switches every tab set that has it."""
    page = browser.new_page()
    page.goto(served + "projects/layout/", wait_until="networkidle")
    sets = page.locator(".tabbed-set")
    names = [[label.inner_text() for label in sets.nth(i).locator(".tabbed-labels label").all()]
             for i in range(sets.count())]
    # The label most sets share, and not the first tab of each (shown before any click).
    counts = {name: sum(name in n and n[0] != name for n in names) for n in names for name in n}
    choice = max(counts, key=counts.get)
    assert counts[choice] >= 2, f"no version label is shared by two tab sets: {names}"
    page.locator(".tabbed-labels label", has_text=choice).first.click()
    for i in range(sets.count()):
        if choice not in names[i]:
            continue
        tab_set = sets.nth(i)
        shown = [names[i][j] for j in range(len(names[i]))
                 if tab_set.locator(".tabbed-content > .tabbed-block").nth(j).is_visible()]
        assert shown == [choice], f"tab set {i + 1} of {sets.count()}: shown {shown}"
    page.close()


def test_dark_theme_toggle_is_remembered(served, browser) -> None:
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(served, wait_until="networkidle")
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("label[title='Тёмная тема']").click()
    assert page.evaluate(scheme) == "slate"
    page.goto(served + "basics/module/", wait_until="networkidle")
    assert page.evaluate(scheme) == "slate", "the choice is not remembered on the next page"
    context.close()


def test_404_page(served, browser) -> None:
    page = browser.new_page()
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    response = page.goto(served + "no/such/page/", wait_until="networkidle")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Страница не найдена"
    assert page.locator("link[rel=stylesheet]").count() > 0 and not failed, failed
    # The theme's stylesheet applied: the header is laid out, not a bare list.
    assert page.locator("header.md-header").bounding_box()["height"] < 100
    page.close()
