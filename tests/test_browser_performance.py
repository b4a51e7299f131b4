"""Page-weight budget: the bytes each page loads in Chromium, gzip-compressed as GitHub Pages
sends them. Bytes, not times: timings belong to tests/tools/benchmark.py, never to a test.

Why these numbers (measured 2026-11-24, see .github/CONTRIBUTING.md «Замеры»): the heaviest page loaded
103 KiB (HTML 24, CSS 25, JS 48, images 3) and scored 95 in Lighthouse's mobile test, whose
simulated network (1.6 Mbit/s, 150 ms round trip) needs about 0.6 s for it. The budget leaves
about 15 % for growth; a page over it is a page to split or a dependency to question.
"""

from __future__ import annotations

import gzip

from harness.browser import KINDS, page_urls, weigh

KIB = 1024
BUDGET = {  # gzip bytes a page loads when it opens, by kind
    "html": 32 * KIB,     # heaviest page: 24 KiB (errors/tests-not-found, internals/machinery)
    "css": 28 * KIB,      # Material's stylesheets + extra.css: 25 KiB, the same on every page
    "js": 56 * KIB,       # Material's bundle and search worker + our scripts: 48 KiB
    "font": 0,            # system fonts: theme.font is false
    "image": 16 * KIB,    # the diagrams (SVG): 3 KiB
    "other": 4 * KIB,
}
PAGE_BUDGET = 120 * KIB  # all of the above together; heaviest page today: 103 KiB
# The search index is fetched only when the reader turns to the search (test_search.py);
# it holds the text of every page, so it grows with the site: 326 KiB today.
INDEX_BUDGET = 420 * KIB


def test_every_page_stays_within_the_budget(site, served, browser) -> None:
    problems = []
    for page_path, url in page_urls(site, served):
        raw, packed, foreign = weigh(browser, url)
        for k in KINDS:
            if packed[k] > BUDGET[k]:
                problems.append(f"{page_path}: {k} {packed[k] / KIB:.1f} KiB > {BUDGET[k] / KIB:.0f} KiB")
        total = sum(packed[k] for k in KINDS)
        if total > PAGE_BUDGET:
            problems.append(f"{page_path}: {total / KIB:.1f} KiB in all > {PAGE_BUDGET / KIB:.0f} KiB")
        if packed["search index"]:
            problems.append(f"{page_path}: the search index is loaded with the page")
        problems += [f"{page_path}: {url}" for url in foreign]
    assert not problems, "\n".join(problems)


def test_search_index_stays_within_the_budget(site) -> None:
    index = (site / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(index, 6))
    assert size <= INDEX_BUDGET, f"search_index.json: {size / KIB:.0f} KiB gzip > {INDEX_BUDGET / KIB:.0f} KiB"
