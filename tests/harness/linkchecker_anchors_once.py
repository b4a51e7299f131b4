"""Run linkchecker with its AnchorCheck plugin reading each page's anchors once.

LinkChecker 10.6 fetches and parses a page again for every `page#anchor` it checks
(linkchecker/linkchecker#781, open): on this site about 700 parses of the same 48 pages, some
50 s of CPU. This wrapper keeps AnchorCheck's own parsing (`linkparse.AnchorTags`) and its
verdict and message (`UrlAnchorCheck.check_anchor`), and only remembers a page's anchors after
the first parse. Usage: the same arguments as `linkchecker`.
"""

from __future__ import annotations

import sys
import threading

from linkcheck.command.linkchecker import linkchecker
from linkcheck.htmlutil import linkparse
from linkcheck.plugins import anchorcheck

_anchors: dict[str, list] = {}
_lock = threading.Lock()


def _check(self, url_data) -> None:
    """AnchorCheck.check, with the anchors of each page (its URL without the fragment) kept."""
    page = url_data.url.partition("#")[0]
    with _lock:
        anchors = _anchors.get(page)
    if anchors is None:
        collector = anchorcheck.UrlAnchorCheck()
        linkparse.find_links(url_data.get_soup(), collector.add_anchor, linkparse.AnchorTags)
        anchors = collector.anchors
        with _lock:
            _anchors[page] = anchors
    checker = anchorcheck.UrlAnchorCheck()
    checker.anchors = anchors
    checker.check_anchor(url_data)


if __name__ == "__main__":
    if not hasattr(anchorcheck, "UrlAnchorCheck") or not hasattr(anchorcheck.AnchorCheck, "check"):
        sys.exit("linkchecker_anchors_once.py: this LinkChecker's AnchorCheck has changed; "
                 "check the wrapper against the new version")
    anchorcheck.AnchorCheck.check = _check
    sys.exit(linkchecker())
