"""Every page of the built site in Chromium, in one pass (harness/page_visits.py: each page opened
on a phone and on a desktop, with the system's theme light and dark):

- it loads cleanly: no console error, no failed request, no request outside the origin, no
  Content-Security-Policy violation, no sideways scroll at 375 px, the theme the system asks for;
- it stays within the page-weight budget (harness/page_visits.py says why these numbers);
- axe-core finds no accessibility violation, at either width, in either theme.

One test, not three: the pass takes minutes, and pytest-xdist 3.8's loadgroup, which would keep
three tests (and so one pass) on one worker, does not group under pytest 9 (it renames items
through Item._nodeid, which pytest 9 no longer reads), so each worker would make the pass again.
"""

from __future__ import annotations

from harness.page_visits import over_budget, visit_all

LOOKS = ("phone-light", "phone-dark", "desktop-light", "desktop-dark")


def test_every_page_in_chromium(site, served, browser, axe_source) -> None:
    visits = visit_all(site, served, browser, axe_source)
    assert len(visits) > 40, f"only {len(visits)} pages visited"
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
