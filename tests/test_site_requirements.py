"""Dependencies are pinned with hashes (.ci/lock, uv pip compile --generate-hashes), and the
locked files say exactly what their .in sources pin: nobody edits a lock by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness.paths import DATA, ROOT

LOCKS = {
    ROOT / "requirements.txt": [ROOT / ".ci" / "requirements" / "site.in"],
    ROOT / "requirements-dev.txt": [ROOT / ".ci" / "requirements" / "dev.in",
                                    ROOT / ".ci" / "requirements" / "site.in"],
    DATA / "wheelhouse.txt": [DATA / "wheelhouse.in"],
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.M)


def _pins(text: str) -> set[tuple[str, str]]:
    return {(re.sub(r"[-_.]+", "-", name).lower(), version) for name, version in PIN.findall(text)}


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_every_requirement_has_hashes(lock: Path) -> None:
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.read_text(encoding="utf-8"))
    unhashed = [e.split()[0] for e in entries if PIN.match(e) and "--hash=sha256:" not in e]
    assert _pins(lock.read_text(encoding="utf-8")) and not unhashed, f"{lock.name}: no hashes: {unhashed}"


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_lock_matches_its_sources(lock: Path) -> None:
    wanted = set().union(*(_pins(source.read_text(encoding="utf-8")) for source in LOCKS[lock]))
    locked = _pins(lock.read_text(encoding="utf-8"))
    assert locked == wanted, (f"{lock.name} differs from its .in files; run `bash .ci/lock`: "
                              f"only locked {sorted(locked - wanted)}, only wanted {sorted(wanted - locked)}")
