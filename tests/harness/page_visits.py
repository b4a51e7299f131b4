"""One pass of Chromium over every page of the built site, for the checks that cover every page
(tests/test_browser_every_page.py): console, requests, CSP, sideways scroll at 375 px; bytes
loaded; axe at two widths in two themes.

Each page is opened four times, once per width and theme, and every check runs on each
opening (before, the six checks opened each page once each): on a phone (375 px, touch) and
on a desktop (1280 px), with the system's theme light and dark. Each look has one tab that goes
from page to page (_Tab). The first look's (phone, light) runs with the cache off, so each page
loads everything as on a first visit: it also weighs the page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from harness.browser import KINDS, WATCH_CSP, csp_violations, page_urls, size
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

# Page-weight budget: gzip bytes a page loads when it opens, by kind. Bytes, not times: timings
# belong to tests/tools/benchmark.py, never to a test. Why these numbers (measured 2026-11-24,
# .github/CONTRIBUTING.md «Замеры»): the heaviest page loaded 103 KiB (HTML 24, CSS 25, JS 48,
# images 3) and scored 95 in Lighthouse's mobile test, whose simulated network (1.6 Mbit/s,
# 150 ms round trip) needs about 0.6 s for it. The budget leaves about 15 % for growth; a page
# over it is a page to split or a dependency to question.
KIB = 1024
BUDGET = {
    "html": 32 * KIB,     # heaviest page: 24 KiB (errors/tests-not-found, internals/machinery)
    "css": 28 * KIB,      # Material's stylesheets + extra.css: 25 KiB, the same on every page
    "js": 56 * KIB,       # Material's bundle and search worker + our scripts: 48 KiB
    "font": 0,            # system fonts: theme.font is false
    "image": 16 * KIB,    # the diagrams (SVG): 3 KiB
    "other": 4 * KIB,
}
PAGE_BUDGET = 120 * KIB  # all of the above together; heaviest page today: 103 KiB

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 720}
# Context options of each width the pages are opened at.
DEVICES = {
    "phone": {"viewport": PHONE, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": DESKTOP},
}
# The theme Material shows for each system preference (data-md-color-scheme on <body>).
SCHEMES = {"light": "default", "dark": "slate"}

# Elements wider than a phone screen that are meant to scroll inside themselves.
WIDE = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .filter(e => !e.closest('pre, .md-typeset__table, .md-sidebar, .md-search, .tabbed-labels'))
  .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className)"""


def axe_violations(page, axe_source: str, where: str) -> list[str]:
    """axe's violations on the page as it is now, one readable entry per rule."""
    page.evaluate(axe_source)
    found = []
    for v in page.evaluate(RUN_AXE):
        nodes = "\n    ".join(v["nodes"][:5])
        more = f"\n    … and {len(v['nodes']) - 5} more" if len(v["nodes"]) > 5 else ""
        found.append(f"{where}: {v['id']} ({v['help']}), {len(v['nodes'])} element(s):\n    {nodes}{more}")
    return found


@dataclass
class Visit:
    """What one page did in Chromium."""

    path: str  # in the built site, e.g. basics/module/index.html
    # Console errors and warnings, page errors, failed requests, requests outside the origin,
    # Content-Security-Policy violations, an HTTP status other than 200, sideways scroll at 375 px.
    problems: list[str] = field(default_factory=list)
    # Bytes the page loaded on the phone, by kind (harness.browser.KINDS and "search index"),
    # as GitHub Pages sends them (text gzip-compressed).
    packed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # axe's violations by "<phone|desktop>-<light|dark>"; a missing key: axe did not get to run.
    axe: dict[str, list[str]] = field(default_factory=dict)


def visit_all(site: Path, base: str, browser, axe_source: str, part: int = 0, parts: int = 1) -> list[Visit]:
    """Visit every page of the site, or every ``parts``-th one from the ``part``-th (0-based)."""
    tabs = [_Tab(browser, width, scheme, weigh=not index)
            for index, (width, scheme) in enumerate((w, s) for w in DEVICES for s in SCHEMES)]
    visits = []
    try:
        for page_path, url in page_urls(site, base)[part::parts]:
            visit = Visit(page_path)
            try:
                for tab in tabs:
                    tab.open(url, visit, axe_source)
            except Exception as exc:  # a page that breaks the pass is a failure of every check
                visit.problems.append(f"{page_path}: the visit failed: {exc}")
            visits.append(visit)
    finally:
        for tab in tabs:
            tab.close()
    return visits


class _Tab:
    """One tab of one look (width and system theme), going from page to page as a reader does.

    A tab is kept, not opened per page: a new tab is a new renderer process, and starting one
    cost Chromium about as much CPU as the page and axe together (measured: 20 openings, 41 CPU
    seconds in new tabs, 20 in one). The first look's tab (``weigh``) runs with the browser's
    cache off (DevTools' Network.setCacheDisabled), so every page loads all its files, as on a
    first visit, and they are weighed; the other looks' files come from the cache after the first
    page, as for a reader going through the site."""

    def __init__(self, browser, width: str, scheme: str, weigh: bool) -> None:
        self.width, self.scheme, self.weigh = width, scheme, weigh
        self.where = f" ({width}, {scheme})"
        self.context = browser.new_context(color_scheme=scheme, **DEVICES[width])
        self.context.add_init_script(WATCH_CSP)
        self.page = self.context.new_page()
        self.visit: Visit | None = None  # the page being visited: what the listeners report to
        self.origin = ""
        self.page.on("request", self._on_request)
        self.page.on("requestfailed", lambda r: self._problem(f"failed request: {r.url}"))
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda e: self._problem(f"page error: {e}"))
        if weigh:
            devtools = self.context.new_cdp_session(self.page)
            devtools.send("Network.enable")
            devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})
            self.page.on("response", self._on_response)

    def open(self, url: str, visit: Visit, axe_source: str) -> None:
        """Open the page; run every check on it.

        The weighing tab waits until the network is idle and counts the bytes; the others wait
        for the load event (the page's scripts have run)."""
        self.visit, self.origin = visit, urlparse(url).netloc
        page = self.page
        response = page.goto(url, wait_until="networkidle" if self.weigh else "load")
        if response is None or response.status != 200:
            self._problem(f"HTTP {response.status if response else 'no response'}")
        if self.width == "phone":
            overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                self._problem(f"scrolls sideways by {overflow}px: {page.evaluate(WIDE)}")
        actual = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        if actual != SCHEMES[self.scheme]:
            self._problem(f"theme {actual}, expected {SCHEMES[self.scheme]}")
        pixels = DEVICES[self.width]["viewport"]["width"]
        visit.axe[f"{self.width}-{self.scheme}"] = axe_violations(
            page, axe_source, f"{visit.path} ({self.scheme}, {pixels} px)")
        for violation in csp_violations(page):
            self._problem(f"Content-Security-Policy: {violation}")

    def close(self) -> None:
        self.context.close()

    def _problem(self, text: str) -> None:
        if self.visit is not None:
            self.visit.problems.append(f"{self.visit.path}{self.where}: {text}")

    def _on_request(self, request) -> None:
        if urlparse(request.url).netloc not in (self.origin, ""):
            self._problem(f"request outside the origin: {request.url}")

    def _on_console(self, message) -> None:
        if message.type in ("error", "warning"):
            self._problem(f"console {message.type}: {message.text}")

    def _on_response(self, response) -> None:
        measured = size(response) if urlparse(response.url).netloc == self.origin else None
        if measured and self.visit is not None:
            k, _, sent = measured
            self.visit.packed[k] += sent


def over_budget(visit: Visit) -> list[str]:
    """What the page loaded beyond BUDGET and PAGE_BUDGET; the search index loaded with it."""
    packed, found = visit.packed, []
    if not sum(packed.values()):
        return [f"{visit.path}: nothing was weighed"]
    for k in KINDS:
        if packed[k] > BUDGET[k]:
            found.append(f"{visit.path}: {k} {packed[k] / KIB:.1f} KiB > {BUDGET[k] / KIB:.0f} KiB")
    total = sum(packed[k] for k in KINDS)
    if total > PAGE_BUDGET:
        found.append(f"{visit.path}: {total / KIB:.1f} KiB in all > {PAGE_BUDGET / KIB:.0f} KiB")
    if packed["search index"]:
        found.append(f"{visit.path}: the search index is loaded with the page")
    return found
