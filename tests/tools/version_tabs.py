"""Rewrite the «Python 3.X» tab sets on pages from the transcript variants that exist.

    python tests/tools/version_tabs.py

Run it after recording a new variant by hand (tests/tools/record.py runs it itself) or after
the matrix changed; review `git diff docs/`. The rules are in tests/harness/version_tabs.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness.paths import ROOT  # noqa: E402
from harness.version_tabs import stale_pages  # noqa: E402


def main() -> int:
    for page, text in stale_pages().items():
        page.write_text(text, encoding="utf-8")
        print(f"rewrote {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
