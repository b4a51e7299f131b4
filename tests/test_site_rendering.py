"""Markdown that did not render: the built pages show what the author meant.

Python-Markdown gives no warning when Markdown is read differently than intended: `__init__`
outside code becomes bold «init», a list item after an indented block swallows the next item
as a paragraph line «- …», an admonition with a wrong indent stays as «!!! note» text. The test
scans the text inside <article> of every built page for such leftovers and reports one line per
defect, naming the source page. `defects()` is also run on Markdown rendered with the site's own
extensions (mkdocs.yml) to prove that each kind is caught.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from harness.paths import ROOT

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# Text inside these is code or not text: Markdown syntax there is meant literally.
LITERAL = {"code", "pre", "kbd", "samp", "script", "style", "svg"}
EMPHASIS = {"strong", "em", "b", "i"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Blocks whose text is checked line by line for Markdown block syntax that stayed text.
BLOCKS = {"p", "li", "td", "th", "dd", "dt", "summary", "label"} | HEADINGS

# A dunder name (__init__, __main__.py) is what the reader should see; other "__" is not.
DUNDER = re.compile(r"(?<![\w])__[A-Za-z0-9][A-Za-z0-9_]*?__(?![A-Za-z0-9])")
INLINE_LEFTOVERS = [
    (re.compile(r"\*\*|__"), "Markdown emphasis marker ** or __"),
    (re.compile(r"`"), "backtick (inline code that did not render)"),
    (re.compile(r"\]\(|\]\[|\[\^"), "Markdown link or footnote syntax"),
    (re.compile(r"\\[\\`*_{}\[\]()#+\-.!]"), "backslash escape shown as text"),
    (re.compile(r"\{:?\s*[#.][\w-]|\{:\s"), "attribute list {…} shown as text"),
    (re.compile(r"<[A-Za-z!/]"), "HTML tag shown as text"),
]
LINE_LEFTOVERS = [
    (re.compile(r"^(?:[-*+]|\d+[.)])\s"), "list marker inside a paragraph (a list that did not "
     "become a list: indent the item's content by 4 spaces, blank line before the next item)"),
    (re.compile(r"^(?:!!!|\?\?\?\+?|===\+?)\s"), "admonition/details/tab marker shown as text"),
    (re.compile(r"^#{1,6}\s"), "heading marker shown as text"),
    (re.compile(r"^\|.*\|$"), "table row shown as text"),
]
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# __init__.py → <strong>init</strong>.py: the emphasis touches a word, "/" or ".py".
GLUED_BEFORE = re.compile(r"^[\w/.]")
GLUED_AFTER = re.compile(r"^(?:\w|\.\w)")
DOUBLE_ESCAPED = re.compile(r"&amp;(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


class Page(HTMLParser):
    """Collects rendering defects of the <article> of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.defects: list[str] = []
        self.stack: list[tuple[str, set[str]]] = []
        self.article = 0
        self.code: list[str] | None = None  # text of the <code> being read
        self.blocks: list[list[str]] = []  # own text of the open BLOCKS elements
        self.emphasis: list[tuple[str, str | None, str, list[str]]] = []  # tag, title, before, text
        self.after_emphasis: tuple[str, str] | None = None  # (char before, "<em>x</em>")
        self.last = " "  # last character of text read so far

    def title_context(self) -> str | None:
        """'tab label', 'admonition title' … when the current element is inside one."""
        for tag, classes in reversed(self.stack[:-1]):
            if tag == "label":
                return "tab label"
            if tag == "summary":
                return "details title"
            if "admonition-title" in classes:
                return "admonition title"
            if tag in HEADINGS:
                return "heading"
        return None

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.article += 1
        if tag in VOID:
            return
        self.stack.append((tag, set((dict(attrs).get("class") or "").split())))
        if not self.article:
            return
        if tag == "code":
            self.code = []
        if tag in BLOCKS:
            self.blocks.append([])
        if tag in EMPHASIS:
            self.emphasis.append((tag, self.title_context(), self.last, []))

    def handle_endtag(self, tag):
        if tag == "article" and self.article:
            self.article -= 1
        if tag in VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack.pop()[0] != tag:
            pass
        if not self.article:
            return
        if tag == "code" and self.code is not None:
            if not "".join(self.code).strip():
                self.defects.append("empty <code></code> (an inline code span that lost its text)")
            self.code = None
        if tag in EMPHASIS and self.emphasis and self.emphasis[-1][0] == tag:
            _, where, before, text = self.emphasis.pop()
            text = "".join(text)
            if where:
                self.defects.append(
                    f"<{tag}>{text}</{tag}> in a {where}: underscores or asterisks were read as "
                    r"emphasis (escape them, \_\_init\_\_, or use `code`)")
            elif IDENTIFIER.match(text):
                self.after_emphasis = (before, f"<{tag}>{text}</{tag}>")
        if tag in BLOCKS and self.blocks:
            text = "".join(self.blocks.pop())
            for line in text.splitlines():
                for pattern, what in LINE_LEFTOVERS:
                    if pattern.match(line.strip()):
                        self.defects.append(f"{what}: {line.strip()[:70]!r}")

    def handle_data(self, data):
        if not self.article:
            return
        if "--8<--" in data:
            self.defects.append(f"snippet marker shown (not embedded): {data.strip()[:70]!r}")
        if self.code is not None:
            self.code.append(data)
        for *_, text in self.emphasis:
            text.append(data)
        if self.after_emphasis is not None and data:
            before, shown = self.after_emphasis
            if GLUED_BEFORE.match(before) or GLUED_AFTER.match(data):
                self.defects.append(
                    f"{shown} glued to {before!r} … {data[:3]!r}: a name with underscores read "
                    "as emphasis (put it in `code`)")
            self.after_emphasis = None
        if data:
            self.last = data[-1]
        if self.blocks:
            self.blocks[-1].append(data)
        if any(tag in LITERAL for tag, _ in self.stack):
            return
        text = DUNDER.sub(lambda m: "D" * len(m.group()), data)
        for pattern, what in INLINE_LEFTOVERS:
            m = pattern.search(text)
            if m:
                around = data[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                self.defects.append(f"{what}: …{around}…")


def defects(html: str) -> list[str]:
    """Rendering defects inside the <article> of one page, one readable line each."""
    page = Page()
    page.feed(html)
    page.close()
    found = page.defects
    start, end = html.find("<article"), html.rfind("</article>")
    for m in DOUBLE_ESCAPED.finditer(html[start:end] if start >= 0 else ""):
        found.append(f"double-escaped entity {m.group()} (shows as {m.group()[4:]!r})")
    return found


def source_of(html: Path, site: Path) -> str:
    """docs/….md that a built page comes from (or the HTML path when there is none)."""
    rel = html.relative_to(site).as_posix()
    if rel.endswith("index.html"):
        folder = rel[:-len("index.html")].rstrip("/")
        candidates = [f"{folder}.md", f"{folder}/index.md"] if folder else ["index.md"]
        for candidate in candidates:
            if (ROOT / "docs" / candidate).is_file():
                return f"docs/{candidate}"
    return rel


def site_defects(site: Path) -> list[str]:
    return [
        f"{source_of(page, site)}: {defect}"
        for page in sorted(site.rglob("*.html"))
        for defect in defects(page.read_text(encoding="utf-8"))
    ]


def test_pages_render_as_written(site: Path) -> None:
    problems = site_defects(site)
    assert not problems, (
        "Markdown that did not render as meant (see the built page, fix the Markdown):\n"
        + "\n".join(problems))


@pytest.fixture(scope="module")
def render():
    """Markdown → <article> HTML with the extensions and options of mkdocs.yml."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions, options = config["markdown_extensions"], config["mdx_configs"]
    return lambda text: "<article>" + markdown.Markdown(
        extensions=extensions, extension_configs=options).convert(text) + "</article>"


# (planted defect in Markdown, the start of the line defects() must report, the fixed Markdown)
PLANTED = [
    ('=== "pkg/__init__.py"\n\n    x\n',
     "<strong>init</strong> in a tab label",
     '=== "pkg/\\_\\_init\\_\\_.py"\n\n    x\n'),
    ('??? note "pkg/__init__.py"\n\n    x\n',
     "<strong>init</strong> in a details title",
     '??? note "pkg/\\_\\_init\\_\\_.py"\n\n    x\n'),
    ('!!! note "Файл *_x_*"\n\n    x\n',
     "<em>",
     '!!! note "Файл `_x_`"\n\n    x\n'),
    ("- one\n\n    ```text\n    code\n    ```\n\n    more\n- **two**\n",
     "list marker inside a paragraph",
     "- one\n\n    ```text\n    code\n    ```\n\n    more\n\n- **two**\n"),
    ("Text:\n\n  !!! note\n\n      x\n",
     "admonition/details/tab marker shown as text",
     "Text:\n\n!!! note\n\n    x\n"),
    ("Файл __init__.py в тексте.\n",
     "<strong>init</strong> glued to ' ' … '.py'",
     "Файл `__init__.py` в тексте.\n"),
    ("A `code here.\n", "backtick", "A `code` here.\n"),
    ("A [link] (page.md) and [b](c.md\n", "Markdown link", "A [link](https://example.org/).\n"),
    ("```text\n--8<-- examples/x.py\n```\n", "snippet marker shown", "```text\nx\n```\n"),
    ("A `` `` b.\n", "empty <code></code>", "A `` ` `` b.\n"),
    ("Tag &amp;lt;b&gt;.\n", "double-escaped entity &amp;lt;", "Tag `<b>`.\n"),
    ("A\n| a | b |\n", "table row shown as text", "A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
]


@pytest.mark.parametrize("planted, reported, fixed", PLANTED, ids=[p[1][:30] for p in PLANTED])
def test_defects_are_caught(render, planted: str, reported: str, fixed: str) -> None:
    found = defects(render(planted))
    assert any(line.startswith(reported) for line in found), (planted, found)
    assert defects(render(fixed)) == [], (fixed, defects(render(fixed)))


def test_literal_text_is_not_a_defect(render) -> None:
    """Dunder names, code, bold prose and «—» dashes are what the author meant."""
    html = render(
        "# `__init__.py`\n\n"
        "Файл `__init__.py` и `**kwargs`, **жирный** текст — тире, 3 - 1, **x**.\n\n"
        '=== "main.py"\n\n    ```python\n    x = "**"  # __ - a\n    ```\n\n'
        "- пункт с `` ` `` и `[x](y)`\n")
    assert defects(html) == []


def test_page_names_point_to_sources(tmp_path: Path) -> None:
    for html, source in [("index.html", "docs/index.md"),
                         ("import/forms/index.html", "docs/import/forms.md"),
                         ("basics/index.html", "docs/basics/index.md"),
                         ("404.html", "404.html")]:
        (tmp_path / html).parent.mkdir(parents=True, exist_ok=True)
        assert source_of(tmp_path / html, tmp_path) == source
