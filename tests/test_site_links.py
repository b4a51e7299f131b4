"""Every link and anchor of the served site leads somewhere: linkchecker, with its AnchorCheck
plugin (tests/linkcheckerrc), over the built site on 127.0.0.1.

Checked: links written in Markdown and in raw HTML, the theme's navigation, header, footer and
404 page, the sitemap, and every section the search index points to. Links to the site's own
address (`site_url`: the 404 page, the sitemap, `<link rel="canonical">`) are checked too: the
site is served as if it lived at that address. External links are listed, never fetched.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote, urlparse
from xml.etree import ElementTree

import pytest

from harness import browser
from harness import require
from harness.paths import DATA, ROOT

CONFIG = DATA / "linkcheckerrc"
# linkchecker, reading each page's anchors once (see the file).
WRAPPER = ROOT / "tests" / "harness" / "linkchecker_anchors_once.py"
# A page the test writes into the served copy: a link to every section of the search index.
SEARCH_TARGETS = "search-index-targets.html"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def linkchecker() -> None:
    require(importlib.util.find_spec("linkcheck") is not None,
            "linkchecker is not installed: pip install -r requirements-dev.txt")


def site_url(site: Path) -> str:
    """The address the site was built for: the sitemap's first entry, the home page."""
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    return root.find(f"{SITEMAP_NS}url/{SITEMAP_NS}loc").text


@contextmanager
def serve_as_deployed(site: Path):
    """Serve a copy of ``site`` on 127.0.0.1 under the path of its site_url, that address
    replaced by the served one in every page and the sitemap; yield (copy, base URL)."""
    address = site_url(site)
    prefix = urlparse(address).path.strip("/")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, "root")
        copy = root / prefix
        shutil.copytree(site, copy)
        with browser.serve(root) as origin:
            base = origin + (prefix + "/" if prefix else "")
            for f in [*copy.rglob("*.html"), *copy.rglob("*.xml")]:
                text = f.read_text(encoding="utf-8")
                if address in text:
                    f.write_text(text.replace(address, base), encoding="utf-8")
            yield copy, base


def search_locations(copy: Path) -> dict[str, list[str]]:
    """Page (path in the site) → the search index's locations on that page."""
    index = copy / "search" / "search_index.json"
    found: dict[str, list[str]] = {}
    if index.is_file():
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            page = doc["location"].partition("#")[0]
            if not page or page.endswith("/"):
                page += "index.html"
            found.setdefault(page, []).append(doc["location"])
    return found


def start_urls(copy: Path, base: str, pages: list[str] | None) -> list[str]:
    """Every page (or only ``pages``), the sitemap, and a page the test writes into the served
    copy with a link to each search section on those pages (linkchecker checks those links
    like any other)."""
    chosen = [p for p, _ in browser.page_urls(copy, base) if pages is None or p in pages]
    sections = search_locations(copy)
    links = [loc for page in chosen for loc in sections.get(page, [])]
    (copy / SEARCH_TARGETS).write_text(
        '<!doctype html><html lang="ru"><title>search index</title>\n'
        + "".join(f'<a href="{base}{html.escape(quote(loc, safe="/#"))}">{loc}</a>\n' for loc in links)
        + "</html>\n", encoding="utf-8")
    return [base + p.removesuffix("index.html") for p in chosen] + [base + SEARCH_TARGETS, base + "sitemap.xml"]


def run_linkchecker(urls: list[str]) -> list[dict[str, str]]:
    """linkchecker over ``urls`` and the links on them (one level deep): its CSV rows for the
    links with an error or a warning."""
    proc = subprocess.run(
        [sys.executable, str(WRAPPER), "--config", str(CONFIG), "--recursion-level", "1",
         "--output", "csv/utf-8", "--stdin"],
        input=" ".join(urls), capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    if proc.returncode not in (0, 1):  # 1: broken links found; 2: linkchecker itself failed
        raise RuntimeError(f"linkchecker exited with {proc.returncode}:\n{proc.stderr}")
    rows = list(csv.DictReader(io.StringIO(proc.stdout), delimiter=";"))
    problems = [r for r in rows if r["valid"] != "True" or r["warningstring"]]
    if proc.returncode == 1 and not problems:
        raise RuntimeError(f"linkchecker failed, but the test found no problem in its output:\n"
                           f"{proc.stdout}\n{proc.stderr}")
    return problems


def check_links(site: Path, pages: list[str] | None = None) -> list[str]:
    """Broken links and anchors of the built ``site`` (on ``pages`` only, if given), one line
    each: the page, the link as written there, and what is wrong."""
    with serve_as_deployed(site) as (copy, base):
        rows = run_linkchecker(start_urls(copy, base, pages))
    problems = set()
    for row in rows:
        page = row["parentname"].removeprefix(base) or "index.html"
        if page.startswith(SEARCH_TARGETS):
            page = "search index"
        if not row["parentname"]:
            page = "(start)"
        link = unquote(row["urlname"].removeprefix(base))
        what = " ".join(row["warningstring"].split()) or row["result"]
        # AnchorCheck's warning: the anchor percent-encoded, decoded, then every anchor of the page.
        anchor = re.match(r"Anchor `.*?' \(decoded: `(.*?)'\) not found\.", what)
        if anchor:
            what = f"no anchor #{anchor[1]} on that page"
        problems.add(f"{page}: {link} → {what}")
    return sorted(problems)


def test_no_broken_links_or_anchors(linkchecker, site) -> None:
    problems = check_links(site)
    assert not problems, f"{len(problems)} broken link(s) or anchor(s):\n" + "\n".join(problems)


def test_broken_links_and_anchors_are_caught(linkchecker, site, tmp_path) -> None:
    """Guard: the same check, on one page of a copy of the site with links added to its raw
    HTML, to the search index and to the sitemap: the broken ones, and only they, are reported."""
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    page = broken / "basics" / "package" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert 'id="первый-пакет"' in text, "the guard needs an existing anchor: pick another"
    address = site_url(site)
    links = (
        '<a href="../module/#нет-такого-якоря">1</a>'
        '<a href="#и-такого-нет">2</a>'
        '<a href="../no-such-page/">3</a>'
        f'<a href="{address}no-such-page-either/">4</a>'
        # external: never fetched, so not reported (the host does not exist)
        '<a href="https://no-such-host.invalid/page#anchor">5</a>'
        # an existing Cyrillic anchor, raw and percent-encoded: neither may be reported
        '<a href="#первый-пакет">6</a>'
        '<a href="../package/#%D0%BF%D0%B5%D1%80%D0%B2%D1%8B%D0%B9-%D0%BF%D0%B0%D0%BA%D0%B5%D1%82">7</a>'
    )
    page.write_text(text.replace("</article>", links + "</article>", 1), encoding="utf-8")
    index = broken / "search" / "search_index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["docs"].append({"location": "basics/package/#нет-раздела", "title": "", "text": ""})
    index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    sitemap = broken / "sitemap.xml"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace(
        "</urlset>", f"<url><loc>{address}not-in-the-site/</loc></url></urlset>"), encoding="utf-8")

    problems = check_links(broken, pages=["basics/package/index.html"])

    expected = [
        "basics/package/: ../module/#нет-такого-якоря → no anchor #нет-такого-якоря on that page",
        "basics/package/: #и-такого-нет → no anchor #и-такого-нет on that page",
        "basics/package/: ../no-such-page/ → 404",
        "basics/package/: no-such-page-either/ → 404",  # was written with the site_url
        "search index: basics/package/#нет-раздела → no anchor #нет-раздела on that page",
        "sitemap.xml: not-in-the-site/ → 404",
    ]
    missing = [e for e in expected if not any(p.startswith(e) for p in problems)]
    assert not missing, "not reported: " + "; ".join(missing) + "\nreported:\n" + "\n".join(problems)
    assert len(problems) == len(expected), "\n".join(problems)
