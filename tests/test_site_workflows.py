"""The GitHub Actions workflows pass actionlint and zizmor (offline audits)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -r requirements-dev.txt")
    return path


def test_actionlint() -> None:
    proc = subprocess.run([_tool("actionlint"), *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor() -> None:
    proc = subprocess.run([_tool("zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actions_pinned_to_full_sha(workflow: Path) -> None:
    uses = re.findall(r"uses:\s*(\S+)", workflow.read_text(encoding="utf-8"))
    loose = [u for u in uses if not re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", u)]
    assert uses and not loose, f"{workflow.name}: not pinned to a commit SHA: {loose}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_has_a_time_limit(workflow: Path) -> None:
    """A hung job ends at its own limit, not at GitHub's six hours."""
    text = workflow.read_text(encoding="utf-8")
    jobs = re.findall(r"^  ([\w-]+):\n((?:    .*\n|\n)*)", text.split("\njobs:\n", 1)[1], flags=re.M)
    missing = [job for job, body in jobs if not re.search(r"^    timeout-minutes: \d+$", body, flags=re.M)]
    assert jobs and not missing, f"{workflow.name}: jobs without timeout-minutes: {missing}"
