"""The search index stays within its budget. The per-page weight budget (bytes each page loads in
Chromium, gzip-compressed as GitHub Pages sends them) and why its numbers: harness/page_visits.py,
checked by test_browser_every_page.py."""

from __future__ import annotations

import gzip

from harness.page_visits import KIB

# The search index is fetched only when the reader turns to the search (test_browser_search.py);
# it holds the text of every page, so it grows with the site: 426 KiB on 2026-12-04 after the
# 2026-toolchain pages (uv, build backends, modern pyproject, plugins, three error pages), up
# from ~330 KiB. About a third of it is code blocks, and every older version tab repeats the
# newest one: excluding those tabs from the index is the cut to make before raising this again.
INDEX_BUDGET = 480 * KIB


def test_search_index_stays_within_the_budget(site) -> None:
    index = (site / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(index, 6))
    assert size <= INDEX_BUDGET, f"search_index.json: {size / KIB:.0f} KiB gzip > {INDEX_BUDGET / KIB:.0f} KiB"
