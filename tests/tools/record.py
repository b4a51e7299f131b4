"""Record transcripts on every Python of the matrix, oldest first, then redo the version tabs.

    python tests/tools/record.py                  # every example
    python tests/tools/record.py -k circular      # examples whose test id matches (pytest -k)

The Pythons come from TRANSCRIPT_PYTHONS, else from `.ci/pythons` (which may install
3.13–3.15 from Debian sid the first time). Oldest first matters: `--update-transcripts`
rewrites the variant of the interpreter's own version and otherwise writes a new variant
(run.py314.console) beside the one an older Python still prints. A new example's
run.console is therefore filled by 3.10, and later Pythons add variants only where they
print something else. Review `git diff` before committing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness.cpython import Interpreter  # noqa: E402
from harness.paths import ROOT, TESTS  # noqa: E402
import version_tabs as version_tabs_tool  # noqa: E402  (tests/tools/version_tabs.py)


def matrix() -> list[str]:
    paths = os.environ.get("TRANSCRIPT_PYTHONS")
    if not paths:
        paths = subprocess.run(["bash", str(ROOT / ".ci" / "pythons")], check=True,
                               capture_output=True, text=True).stdout.strip()
    return sorted(paths.split(os.pathsep), key=lambda p: Interpreter.probe(p).version)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", default="", help="pytest -k expression selecting transcripts")
    args = parser.parse_args()
    for python in matrix():
        print(f"== {python}", flush=True)
        command = [sys.executable, "-m", "pytest", str(TESTS / "test_examples.py"),
                   "-q", "-n0", "-p", "no:cacheprovider", "--update-transcripts", "--python", python]
        if args.k:
            command += ["-k", args.k]
        status = subprocess.run(command, cwd=ROOT).returncode
        if status not in (0, 5):  # 5: nothing selected
            return status
    return version_tabs_tool.main()


if __name__ == "__main__":
    sys.exit(main())
