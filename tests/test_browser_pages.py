"""The built site in Debian's Chromium: the copy buttons, tabs, the dark theme and the 404 page
(every page on a phone, a desktop and in both themes: test_browser_every_page.py)."""

from __future__ import annotations

import difflib

from harness import site_checks
from harness.paths import ROOT


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


# Presses the copy button of each block given by index, in the page (one call per page, not
# several round trips per block); returns what landed on the clipboard each time.
COPY_BLOCKS = """async indices => {
  const show = %s;
  const blocks = [...document.querySelectorAll('article div.highlight')];
  const copied = [];
  for (const i of indices) {
    await navigator.clipboard.writeText('');
    show(blocks[i]);
    // The button is shown on hover; a script click is what a tap does on a phone.
    blocks[i].querySelector('button.md-code__button[data-md-type=copy]').click();
    let text = '';
    for (let tries = 0; tries < 50 && text === ''; tries++) {
      text = await navigator.clipboard.readText();
      if (text === '') await new Promise(resolve => setTimeout(resolve, 20));
    }
    copied.push(text);
  }
  return copied;
}""" % SHOW


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
        page.goto(served + site_checks.page_url(md, ROOT), wait_until="load")
        count = page.locator("article div.highlight").count()
        if count != len(embeds):
            problems.append(f"docs/{rel}.md: {len(embeds)} fenced blocks, {count} in the HTML")
            continue
        indices = [i for i, path in enumerate(embeds) if path is not None]
        for i, copied in zip(indices, page.evaluate(COPY_BLOCKS, indices)):
            # The block shows the file without its final newline(s) (Markdown drops trailing
            # empty lines of a code block); the copy is what the block shows.
            expected = (ROOT / embeds[i]).read_text(encoding="utf-8").rstrip("\n")
            if copied != expected:
                diff = "".join(difflib.unified_diff(
                    expected.splitlines(True), copied.splitlines(True), "file", "copied", n=1))
                problems.append(f"docs/{rel}.md, block {i + 1} ({embeds[i]}): copied text differs\n{diff}")
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
