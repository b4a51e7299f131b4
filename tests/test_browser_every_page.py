"""Every page of the built site in Chromium, in one pass (harness/page_visits.py: each page opened
on a phone and on a desktop, with the system's theme light and dark):

- it loads cleanly: no console error, no failed request, no request outside the origin, no
  Content-Security-Policy violation, no sideways scroll at 375 px, the theme the system asks for;
- it stays within the page-weight budget (harness/page_visits.py says why these numbers);
- axe-core finds no accessibility violation, at either width, in either theme.

One pass, in PARTS tests (pages dealt out in turn): each test makes all the checks on its pages
(splitting by check would open every page once per check), and the parts let the pass, minutes
long, run on both pytest-xdist workers instead of ending the suite on one.
"""

from __future__ import annotations

import pytest

from harness.browser import page_urls
from harness.page_visits import over_budget, visit_all

LOOKS = ("phone-light", "phone-dark", "desktop-light", "desktop-dark")
PARTS = 4


def test_the_pass_covers_every_page(site) -> None:
    pages = [path for path, _ in page_urls(site, "")]
    assert len(pages) > 40, f"only {len(pages)} pages found"
    assert sorted(p for part in range(PARTS) for p in pages[part::PARTS]) == sorted(pages)


@pytest.mark.parametrize("part", range(PARTS), ids=lambda part: f"part{part + 1}of{PARTS}")
def test_every_page_in_chromium(part, site, served, browser, axe_source) -> None:
    visits = visit_all(site, served, browser, axe_source, part=part, parts=PARTS)
    assert visits, f"part {part + 1}: no pages"
    sections = {
        "does not load cleanly": [p for visit in visits for p in visit.problems],
        "is over the page-weight budget": [p for visit in visits for p in over_budget(visit)],
        "has accessibility violations (axe)": [
            v for visit in visits for look in LOOKS
            for v in visit.axe.get(look, [f"{visit.path}: axe did not run ({look})"])],
    }
    report = [f"{len(found)} × a page {name}:\n  " + "\n  ".join(found)
              for name, found in sections.items() if found]
    assert not report, "\n\n".join(report)
