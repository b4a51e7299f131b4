"""What the tests are built from, with no test in it.

paths.py         where things are in the repository
cpython.py       runs an example's transcript in a real CPython (the format: transcript.py)
trace.py         the same, with the import tracer the browser uses (docs/assets/python/tracer.py)
site_checks.py   reads pages and code blocks; builds the site; shared checks of the guards
browser.py       Debian's Chromium through Playwright, a local server, page lists
version_tabs.py  the «Python 3.X» tab sets computed from transcript variants
spelling.py      Hunspell over the prose (also a command-line tool)
linkchecker_anchors_once.py  LinkChecker with AnchorCheck, run by test_site_links.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# The transcript core is served with the site (the browser's runner imports it too); the
# harness, the tests and the tools import it from there as `transcript`.
_CORE = str(Path(__file__).resolve().parents[2] / "docs" / "assets" / "python")
if _CORE not in sys.path:
    sys.path.append(_CORE)


def require(available: bool, reason: str) -> None:
    """Skip a test whose tool is missing here; in CI (CI=true) a missing tool is a failure."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)
