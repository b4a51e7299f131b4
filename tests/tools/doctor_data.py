"""Write the data of «Разбор ошибки» (docs/assets/doctor/data.json) from the site's material.

    python tests/tools/doctor_data.py

Run it after changing a `doctor:` entry in the front matter of a page in docs/errors/, adding an
error page, or recording transcripts (a new Python version); review `git diff docs/assets/doctor`.
The rules are in tests/harness/doctor.py; tests/test_site_doctor.py fails while the file is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import doctor  # noqa: E402
from harness.paths import ROOT  # noqa: E402


def main() -> int:
    path = doctor.write()
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
