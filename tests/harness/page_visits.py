"""One pass of Chromium over every page of the built site, for the checks that cover every page
(tests/test_browser_every_page.py): console, requests, CSP, sideways scroll at 375 px; bytes
loaded; axe at two widths in two themes.

Each page is opened four times, once per width and theme, and every check runs on each
opening (before, the six checks opened each page once each): on a phone (375 px, touch) and
on a desktop (1280 px), with the system's theme light and dark. The first opening (phone,
light) is a first visit in a fresh context, so nothing comes from a cache: it also weighs the
page. The other three keep a context each from page to page, as a reader going through the site.
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
    looks = [(width, scheme) for width in DEVICES for scheme in SCHEMES]
    # One context per look but the first, kept from page to page (the theme's files come from
    # the cache after the first page, as for a reader going through the site).
    kept = {look: _context(browser, *look) for look in looks[1:]}
    visits = []
    for page_path, url in page_urls(site, base)[part::parts]:
        visit = Visit(page_path)
        try:
            # The first look in a fresh context: nothing cached, so it weighs the whole page.
            fresh = _context(browser, *looks[0])
            _open(fresh, url, visit, axe_source, *looks[0], weigh=True)
            fresh.close()
            for look in looks[1:]:
                _open(kept[look], url, visit, axe_source, *look, weigh=False)
        except Exception as exc:  # a page that breaks the pass is a failure of every check
            visit.problems.append(f"{page_path}: the visit failed: {exc}")
        visits.append(visit)
    for context in kept.values():
        context.close()
    return visits


def _context(browser, width: str, scheme: str):
    context = browser.new_context(color_scheme=scheme, **DEVICES[width])
    context.add_init_script(WATCH_CSP)
    return context


def _open(context, url: str, visit: Visit, axe_source: str, width: str, scheme: str, weigh: bool) -> None:
    """Open the page with the system's theme ``scheme``; run every check on it.

    With ``weigh``, wait until the network is idle and count the bytes; else wait for the load
    event (the page's scripts have run)."""
    where = f" ({width}, {scheme})"
    page = context.new_page()
    origin = urlparse(url).netloc
    _watch_page(page, visit, origin, where)
    if weigh:
        page.on("response", lambda response: _weigh(response, origin, visit))
    response = page.goto(url, wait_until="networkidle" if weigh else "load")
    if response is None or response.status != 200:
        visit.problems.append(f"{visit.path}{where}: HTTP {response.status if response else 'no response'}")
    if width == "phone":
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            visit.problems.append(f"{visit.path}{where}: scrolls sideways by {overflow}px: {page.evaluate(WIDE)}")
    actual = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    if actual != SCHEMES[scheme]:
        visit.problems.append(f"{visit.path}{where}: theme {actual}, expected {SCHEMES[scheme]}")
    pixels = DEVICES[width]["viewport"]["width"]
    visit.axe[f"{width}-{scheme}"] = axe_violations(page, axe_source, f"{visit.path} ({scheme}, {pixels} px)")
    visit.problems += [f"{visit.path}{where}: Content-Security-Policy: {v}" for v in csp_violations(page)]
    page.close()


def _weigh(response, origin: str, visit: Visit) -> None:
    measured = size(response) if urlparse(response.url).netloc == origin else None
    if measured:
        k, _, sent = measured
        visit.packed[k] += sent


def _watch_page(page, visit: Visit, origin: str, where: str) -> None:
    def on_request(request):
        if urlparse(request.url).netloc not in (origin, ""):
            visit.problems.append(f"{visit.path}{where}: request outside the origin: {request.url}")

    def on_console(message):
        if message.type in ("error", "warning"):
            visit.problems.append(f"{visit.path}{where}: console {message.type}: {message.text}")

    page.on("request", on_request)
    page.on("requestfailed", lambda r: visit.problems.append(f"{visit.path}{where}: failed request: {r.url}"))
    page.on("console", on_console)
    page.on("pageerror", lambda e: visit.problems.append(f"{visit.path}{where}: page error: {e}"))


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
