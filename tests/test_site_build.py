"""The site builds with `mkdocs build --strict`, and the result loads nothing from elsewhere."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from harness import site_checks
from harness.paths import ROOT


class Resources(HTMLParser):
    """URLs a page makes the browser load on its own (not links the reader clicks)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href") and a.get("rel") not in ("canonical", "alternate", "prev", "next", None):
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("srcset"):
            self.urls.extend(part.split()[0] for part in a["srcset"].split(","))
        if a.get("style"):
            self.urls.extend(re.findall(r"url\(([^)]+)\)", a["style"]))


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_build_is_clean(site: Path) -> None:
    assert (site / "index.html").is_file()
    assert (site / "404.html").is_file()


class InlineScripts(HTMLParser):
    """The Content-Security-Policy of a page and the code of its inline scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.policy: str | None = None
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = a.get("content")
        if tag == "script" and not a.get("src") and a.get("type") in (None, "module", "text/javascript"):
            self._inside = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.scripts[-1] += data


def _sha256(code: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()


def test_content_security_policy_covers_exactly_the_inline_scripts(site: Path) -> None:
    """Every page but 404 has the policy; each inline script is allowed by its hash; every hash
    listed in mkdocs.yml (extra.csp_script_hashes) is used."""
    problems, used = [], set()
    for page in html_pages(site):
        parser = InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(site).as_posix()
        if name == "404.html":
            assert parser.policy is None, "404.html: its __md_scope holds site_url, which differs by fork"
            continue
        if parser.policy is None:
            problems.append(f"{name}: no Content-Security-Policy")
            continue
        directives = dict((d.split(" ", 1) + [""])[:2] for d in map(str.strip, parser.policy.split(";")))
        assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'", name
        for code in parser.scripts:
            digest = _sha256(code)
            used.add(digest)
            if f"'{digest}'" not in directives["script-src"].split():
                problems.append(f"{name}: inline script not allowed by the policy: {digest} {code[:60]!r}")
    configured = set(_csp_hashes())
    if configured != used:
        problems.append(f"mkdocs.yml extra.csp_script_hashes should be exactly: {sorted(used)}")
    assert not problems, "\n".join(problems)


def _csp_hashes() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = text[text.index("  csp_script_hashes:\n"):]
    return re.findall(r"^    - (sha256-\S+)", block, flags=re.M)


def test_no_request_leaves_the_origin(site: Path) -> None:
    offenders = []
    for page in html_pages(site):
        parser = Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.urls:
            if re.match(r"^(https?:)?//", url):
                offenders.append(f"{page.relative_to(site)}: {url}")
    for css in sorted(site.rglob("*.css")):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", css.read_text(encoding="utf-8")):
            offenders.append(f"{css.relative_to(site)}: {url}")
    assert not offenders, "\n".join(offenders)


def front_matter(page: Path) -> object:
    """The page's YAML front matter as MkDocs reads it (None when there is none)."""
    m = re.match(r"^---\n(.*?\n)---\n", page.read_text(encoding="utf-8"), re.DOTALL)
    return yaml.safe_load(m.group(1)) if m else None


def test_every_page_has_a_description() -> None:
    problems = []
    for page in site_checks.pages(ROOT):
        name = str(page.relative_to(ROOT))
        try:
            meta = front_matter(page)
        except yaml.YAMLError as exc:  # MkDocs would show the broken front matter as text
            problems.append(f"{name}: front matter is not valid YAML ({exc.problem}); quote the value")
            continue
        description = meta.get("description") if isinstance(meta, dict) else None
        if not isinstance(description, str) or not description.strip():
            problems.append(f"{name}: no `description:` in front matter")
        elif len(description) > 160:
            problems.append(f"{name}: description is {len(description)} characters, keep it under 160")
    assert not problems, "\n".join(problems)


def test_descriptions_reach_the_html(site: Path) -> None:
    for page in site_checks.pages(ROOT):
        rel = page.relative_to(ROOT / "docs").with_suffix("")
        built = site / (rel.parent if rel.name == "index" else rel) / "index.html"
        m = re.search(r'<meta name="description" content="([^"]*)">', built.read_text(encoding="utf-8"))
        assert m and html.unescape(m.group(1)) == front_matter(page)["description"], page


def test_404_is_in_russian(site: Path) -> None:
    html = (site / "404.html").read_text(encoding="utf-8")
    assert 'lang="ru"' in html
    assert "Страница не найдена" in html


def test_russian_headings_get_cyrillic_anchors(site: Path) -> None:
    html = (site / "basics" / "package" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h[23] id="([^"]+)"', html)
    assert ids and all(re.search(r"[а-я]", i) for i in ids), ids


# --- bad input fails the strict build, naming the file -------------------------------

def _break(copy: Path, page: str, addition: str) -> str:
    path = copy / "docs" / page
    path.write_text(path.read_text(encoding="utf-8") + "\n" + addition + "\n", encoding="utf-8")
    proc = site_checks.build(copy, copy.parent / "site")
    assert proc.returncode != 0, "the strict build accepted broken input"
    return proc.stderr


def test_missing_snippet_fails_the_build(copy: Path) -> None:
    err = _break(copy, "index.md", '```python title="x.py"\n--8<-- "examples/no_such/x.py"\n```')
    assert "examples/no_such/x.py" in err


def test_broken_link_fails_the_build(copy: Path) -> None:
    err = _break(copy, "index.md", "[нет такой страницы](basics/nope.md)")
    assert "index.md" in err and "basics/nope.md" in err


def test_missing_anchor_fails_the_build(copy: Path) -> None:
    err = _break(copy, "index.md", "[нет такого раздела](basics/module.md#нет-такого-якоря)")
    assert "index.md" in err and "нет-такого-якоря" in err


def test_page_missing_from_nav_fails_the_build(copy: Path) -> None:
    (copy / "docs" / "orphan.md").write_text("---\ndescription: x\n---\n# Сирота\n", encoding="utf-8")
    proc = site_checks.build(copy, copy.parent / "site")
    assert proc.returncode != 0 and "orphan.md" in proc.stderr


def test_ids_are_unique_on_every_page(site: Path) -> None:
    problems = []
    for page in html_pages(site):
        ids = re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8"))
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            problems.append(f"{page.relative_to(site)}: {dupes}")
    assert not problems, "\n".join(problems)


OFFICIAL = re.compile(r"\]\(https://(?:docs\.python\.org/3/|peps\.python\.org/pep-\d{4}/)")


def test_every_lesson_links_the_official_docs_or_a_pep() -> None:
    """A lesson backs its claims with the Python docs or a PEP (section indexes and the
    conventions page are navigation, not lessons)."""
    lessons = [page for page in site_checks.pages(ROOT)
               if page.name != "index.md" and page.parent != ROOT / "docs"]
    missing = [str(page.relative_to(ROOT)) for page in lessons
               if not OFFICIAL.search(page.read_text(encoding="utf-8"))]
    assert not missing, f"lessons without a link to docs.python.org/3/ or a PEP: {missing}"
