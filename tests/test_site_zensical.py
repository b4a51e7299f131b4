"""Zensical builds the same mkdocs.yml and docs/ as MkDocs: same pages, same anchors.

MkDocs stays the build we deploy. Zensical (the successor of Material for MkDocs, pinned in
requirements-dev.txt) builds a copy of the sources with `zensical build --strict`, and the
two builds are compared page by page: the list of HTML pages, the ids of the headings
(h1-h6, in order) and the other anchors inside the article (content tabs, line anchors).
A difference that Zensical makes on purpose and that we cannot change without breaking
the MkDocs site goes into ALLOWED, with its reason.
"""

from __future__ import annotations

import difflib
import fnmatch
import importlib.metadata
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from harness import require
from harness.paths import ROOT

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# One line per accepted difference: a pattern (fnmatch) for a line of `compare()`'s
# output, and why Zensical differs there. An entry that matches nothing fails the test:
# remove it when a new Zensical no longer needs it.
ALLOWED: dict[str, str] = {
    "*: anchor only in Zensical: #__skip":
        "Zensical's 'skip to content' link targets an empty <a id=\"__skip\"> at the top of "
        "the article; Material's targets the first heading. Theme markup, not our content.",
}


class Anchors(HTMLParser):
    """Heading ids (in order) and the other ids inside a page's <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.others: list[str] = []
        self._article = 0

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self._article += 1
        element_id = dict(attrs).get("id")
        if tag in HEADINGS:
            self.headings.append(f"{tag}#{element_id or ''}")
        elif element_id and self._article:
            self.others.append(element_id)

    def handle_endtag(self, tag):
        if tag == "article" and self._article:
            self._article -= 1


def anchors(page: Path) -> Anchors:
    parser = Anchors()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def html_pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def compare(mkdocs_site: Path, zensical_site: Path) -> list[str]:
    """Differences between two builds of the same sources, one readable line each."""
    problems = []
    ours, theirs = html_pages(mkdocs_site), html_pages(zensical_site)
    problems += [f"{page}: page only in MkDocs" for page in sorted(ours - theirs)]
    problems += [f"{page}: page only in Zensical" for page in sorted(theirs - ours)]
    for page in sorted(ours & theirs):
        a, b = anchors(mkdocs_site / page), anchors(zensical_site / page)
        if a.headings != b.headings:
            for line in difflib.ndiff(a.headings, b.headings):
                if line[:1] in "-+":
                    where = "MkDocs" if line[0] == "-" else "Zensical"
                    problems.append(f"{page}: heading only in {where}: {line[2:]}")
        for anchor in sorted(set(a.others) - set(b.others)):
            problems.append(f"{page}: anchor only in MkDocs: #{anchor}")
        for anchor in sorted(set(b.others) - set(a.others)):
            problems.append(f"{page}: anchor only in Zensical: #{anchor}")
    return problems


def unexplained(problems: list[str], allowed: dict[str, str]) -> list[str]:
    """Problems no ALLOWED pattern explains, then ALLOWED patterns that matched nothing."""
    left = [p for p in problems if not any(fnmatch.fnmatchcase(p, pat) for pat in allowed)]
    stale = [
        f"ALLOWED entry matches no difference any more, remove it: {pat!r}"
        for pat in allowed if not any(fnmatch.fnmatchcase(p, pat) for p in problems)
    ]
    return left + stale


def zensical_version() -> str:
    try:
        return importlib.metadata.version("zensical")
    except importlib.metadata.PackageNotFoundError:
        require(False, "zensical is not installed: pip install -r requirements-dev.txt")


def readable(output: str) -> str:
    """Zensical's log without colour codes (it ignores NO_COLOR) and without the Python
    traceback that follows the warnings when --strict aborts (its last line is kept)."""
    text = ANSI.sub("", output)
    head, sep, traceback = text.partition("Traceback (most recent call last):")
    if sep:
        text = head + traceback.strip().splitlines()[-1]
    return text.strip()


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """`zensical build --strict` of a copy of docs/, examples/ and mkdocs.yml.

    Zensical has no --site-dir option and keeps site_dir inside the project, so it builds
    in the copy, into its default site_dir `site/` (its cache goes to `.cache/` there too).
    """
    version = zensical_version()
    src = tmp_path_factory.mktemp("zensical") / "src"
    for name in ("docs", "examples"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")
    proc = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict", "--config-file", "mkdocs.yml"],
        cwd=src, capture_output=True, text=True, timeout=300,
    )
    output = readable(proc.stdout + proc.stderr)
    assert proc.returncode == 0, f"zensical {version} build --strict failed:\n{output}"
    site = src / "site"
    assert (site / "index.html").is_file(), f"zensical {version} wrote no site/index.html:\n{output}"
    return site


def test_zensical_builds_the_same_pages_and_anchors(zensical_site: Path, site: Path) -> None:
    problems = unexplained(compare(site, zensical_site), ALLOWED)
    assert not problems, (
        f"the Zensical build ({zensical_version()}) differs from the MkDocs build "
        "(fix mkdocs.yml/docs so both agree, or add a pattern with its reason to ALLOWED):\n"
        + "\n".join(problems)
    )


def test_compare_reports_every_kind_of_difference(tmp_path: Path) -> None:
    """The comparison itself, on two tiny hand-made builds."""

    def page(root: Path, path: str, body: str) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(f"<html><body>{body}</body></html>", encoding="utf-8")

    m, z = tmp_path / "m", tmp_path / "z"
    page(m, "index.html", '<article><h1 id="пакет">П</h1><h2 id="a">A</h2><div id="tab-1"></div></article>')
    page(z, "index.html", '<article><a id="__skip"></a><h1 id="пакет">П</h1><h2 id="a_1">A</h2></article>')
    page(m, "old/index.html", "<article><h1 id=\"x\">X</h1></article>")
    page(z, "new/index.html", "<article><h1 id=\"x\">X</h1></article>")
    page(m, "same/index.html", '<nav id="only-theme"></nav><article><h1 id="s">S</h1></article>')
    page(z, "same/index.html", '<article><h1 id="s">S</h1></article>')

    problems = compare(m, z)
    assert problems == [
        "old/index.html: page only in MkDocs",
        "new/index.html: page only in Zensical",
        "index.html: heading only in MkDocs: h2#a",
        "index.html: heading only in Zensical: h2#a_1",
        "index.html: anchor only in MkDocs: #tab-1",
        "index.html: anchor only in Zensical: #__skip",
    ]
    assert unexplained(problems, ALLOWED) == problems[:-1]
    assert unexplained([], ALLOWED) == [
        f"ALLOWED entry matches no difference any more, remove it: {pat!r}" for pat in ALLOWED
    ]
