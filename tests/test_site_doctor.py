"""The data of «Разбор ошибки» (docs/assets/doctor/data.json) is fresh, and the `doctor:` entries in
the front matter of the error pages cover the site's transcripts: every error line of every
transcript is recognised by some pattern (or ignored with a reason), no pattern is dead, no line
is ambiguous. The rules: tests/harness/doctor.py; the browser side: tests/test_browser_doctor.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from harness import doctor, require
from harness.paths import ROOT

KEYS = {"pattern", "say", "anchor", "priority", "context", "when", "older"}
WHENS = {"cycle", "script", "shadow"}


@pytest.fixture(scope="module")
def entries() -> list[doctor.Entry]:
    return doctor.entries()


@pytest.fixture(scope="module")
def lines() -> list[doctor.Line]:
    return doctor.transcript_lines()


def test_committed_data_is_fresh() -> None:
    committed = doctor.DATA_FILE.read_text(encoding="utf-8") if doctor.DATA_FILE.is_file() else ""
    assert committed == doctor.dumps(doctor.generate()), (
        f"{doctor.DATA_FILE.relative_to(ROOT)} is stale: run python tests/tools/doctor_data.py")


def test_entries_are_well_formed(entries) -> None:
    problems = []
    for e in entries:
        where = f"{e.page.relative_to(ROOT)}: {e.pattern[:60]!r}"
        groups = set(e.regex.groupindex)
        fields = set(re.findall(r"\{(\w+)\}", e.say))
        if not fields <= groups | {"file"}:
            problems.append(f"{where}: say uses {sorted(fields - groups - {'file'})}, not groups of the pattern")
        sentences = re.split(r"(?<=[.!?])\s+(?=[^a-zа-яё])", " ".join(e.say.split()))
        if not any("{file}" not in s for s in sentences):
            problems.append(f"{where}: every sentence needs {{file}}; a paste without a traceback gets nothing")
        if not 1 <= len(sentences) <= 4:
            problems.append(f"{where}: say has {len(sentences)} sentences; keep it to two or three")
        if e.anchor and not e.anchor.startswith("#"):
            problems.append(f"{where}: anchor must start with #")
        if e.anchor and e.anchor[1:] not in doctor.headings(doctor.front_matter(e.page)[1]):
            problems.append(f"{where}: no heading with the anchor {e.anchor}")
        if e.when and (e.when not in WHENS or "path" not in groups):
            problems.append(f"{where}: when must be one of {sorted(WHENS)} with a (?<path>…) group")
        if e.older and not e.older.startswith("https://"):
            problems.append(f"{where}: older must be the https link to the wording's source")
    assert not problems, "\n".join(problems)


def test_entries_have_only_known_keys() -> None:
    problems = []
    for page in sorted(doctor.ERRORS.glob("*.md")):
        for item in doctor.front_matter(page)[0].get("doctor") or []:
            if set(item) - KEYS or not {"pattern", "say"} <= set(item):
                problems.append(f"{page.relative_to(ROOT)}: {sorted(item)}; allowed {sorted(KEYS)}, pattern and say required")
    assert not problems, "\n".join(problems)


def test_patterns_compile_in_javascript(entries) -> None:
    """doctor.js compiles each pattern with new RegExp(p) and each context with flag m."""
    node = shutil.which("node")
    require(node is not None, "no node: apt-get install nodejs")
    sources = [[e.pattern, ""] for e in entries] + [[e.context, "m"] for e in entries if e.context]
    script = ("const s = JSON.parse(require('fs').readFileSync(0, 'utf8')); const bad = [];"
              "for (const [p, f] of s) { try { new RegExp(p, f); } catch (e) { bad.push(p + ': ' + e.message); } }"
              "console.log(JSON.stringify(bad));")
    out = subprocess.run([node, "-e", script], input=json.dumps(sources), capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_every_transcript_error_line_is_recognised(entries, lines) -> None:
    """Recognised: some entry matches the line in its transcript (pattern, context, when)."""
    problems, ignored_used = [], set()
    for line in lines:
        if any(doctor.matches(e, line) for e in entries):
            continue
        reason = doctor.ignored_reason(line.text)
        if reason is None:
            problems.append(f"{line.transcript}: {line.text!r}: no doctor: pattern on an error page "
                            "recognises it (add one, or add the line to IGNORED with a reason)")
        else:
            ignored_used.add(next(p for p, r in doctor.IGNORED if r == reason))
    problems += [f"IGNORED {p!r} covers no unrecognised transcript line: drop it"
                 for p, _ in doctor.IGNORED if p not in ignored_used]
    assert not problems, "\n".join(problems)


def test_no_pattern_is_dead(entries) -> None:
    """A pattern matches some line of some transcript, unless it covers an older Python's wording
    (`older:` with the source); such an entry must then match nothing the site's Pythons print."""
    output = doctor.all_output_lines()
    problems = []
    for e in entries:
        found = any(e.regex.search(line) for line in output)
        where = f"{e.page.relative_to(ROOT)}: {e.pattern[:70]!r}"
        if e.older and found:
            problems.append(f"{where}: marked older, but a transcript prints it")
        if not e.older and not found:
            problems.append(f"{where}: matches no transcript line (dead); mark it older: <source> "
                            "if it is an older Python's wording")
    assert not problems, "\n".join(problems)


def test_no_transcript_line_is_ambiguous(entries, lines) -> None:
    """The winning entries of a line (highest priority) lead to one page section."""
    problems = set()
    for line in lines:
        targets = {(e.page.name, e.anchor) for e in doctor.best(line, entries)}
        if len(targets) > 1:
            problems.add(f"{line.transcript}: {line.text!r}: tie between {sorted(targets)}")
    assert not problems, "\n".join(sorted(problems))


def test_shape_and_versions() -> None:
    assert doctor.shape("ImportError: cannot import name 'x' from 'y' (/home/user/y.py)") == \
        "ImportError: cannot import name '…' from '…' (…)"
    assert doctor.shape(r"ImportError: cannot import name 'x' from 'y' (C:\Users\a\y.py)") == \
        "ImportError: cannot import name '…' from '…' (…)"
    assert doctor.version_label([(3, 13), (3, 14), (3, 15)]) == "3.13 и новее"
    assert doctor.version_label([(3, 10), (3, 11), (3, 12)]) == "3.10–3.12"
    assert doctor.version_label([(3, 10), (3, 15)]) == "3.10, 3.15"


def test_when_reads_the_traceback() -> None:
    cycle = ('  File "/a/main.py", line 1, in <module>\n  File "/a/users.py", line 1, in <module>\n'
             '  File "/a/orders.py", line 1, in <module>\n')
    names = doctor.frames(cycle)
    assert names == ["main.py", "users.py", "orders.py"]
    assert doctor.when_holds("cycle", "/a/users.py", names)
    assert doctor.when_holds("shadow", "/a/json.py", names)
    assert doctor.when_holds("script", "/a/orders.py", names)
    assert not doctor.when_holds("cycle", "/a/users.py", [])
