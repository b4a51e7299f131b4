"""The data of «Разбор ошибки» (docs/errors/doctor.md, docs/assets/javascripts/doctor.js),
generated from the site's own material; tests/tools/doctor_data.py writes it, and
tests/test_site_doctor.py checks that the committed file is fresh.

Two sources:

* each error page (docs/errors/*.md) declares the messages it explains in its front matter,
  under ``doctor:`` — a list of entries:

  - ``pattern``: a regular expression, in the syntax both JavaScript and Python read (named
    groups are written ``(?<name>…)``; this module turns them into Python's ``(?P<name>…)``),
    searched in the reader's error line (``ModuleNotFoundError: No module named 'x'``);
  - ``say``: two or three Russian sentences; ``{group}`` is the text of a named group,
    ``{file}`` the reader's file (the last ``File "…"`` frame of the paste). A sentence whose
    placeholder the paste does not fill is left out;
  - ``anchor`` (optional): the section of the page to link, ``#…``;
  - ``priority`` (optional, 0 by default): the higher one wins when several entries match;
  - ``context`` (optional): a second expression that must be found anywhere in the paste
    (pytest's output, an IDE's run line, Jupyter's ``Cell In[…]``);
  - ``when`` (optional): ``cycle`` or ``shadow`` — how the file named in a «consider renaming»
    hint sits in the traceback (see docs/errors/index.md, «Как читать traceback»);
  - ``older`` (optional): a link to the source of a wording older Python printed (3.8, 3.9,
    Python 2); such an entry needs no transcript line.

* every error line of every transcript (examples/*/*.console, *.pycon, each Python version
  variant): what each version prints, and which lesson pages show it.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import markdown
import yaml
from pymdownx.slugs import slugify
from transcript import MATRIX, parse_console, transcript_group, transcript_version

from harness import site_checks
from harness.cpython import find_examples, find_transcripts
from harness.paths import DOCS, MKDOCS_YML, ROOT

DATA_FILE = DOCS / "assets" / "doctor" / "data.json"
ERRORS = DOCS / "errors"

# The last line of a traceback (pytest prefixes it with «E   »), and a tool's refusal.
ERROR_LINE = re.compile(r"^(?:E {3})?(?P<line>(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception)(?:: .*)?)$")
TOOL_LINE = re.compile(r"^(?P<line>(?:error|ERROR): (?!test_).*|\S+: No module named \S+)$")

# Error lines of transcripts that no page explains as an error to diagnose; each with the reason.
IGNORED = [
    (r"^(ValueError|RuntimeError|NameError|KeyError): ",
     "the example's own exception (a lesson about import side effects, lazy import, module "
     "__getattr__), not an import error"),
    (r"^SyntaxError: ",
     "a syntax error the lessons show on purpose (import * in a function, __future__ after "
     "code, lazy import syntax); only `import my-module` has an entry"),
    (r"^NotADirectoryError: ",
     "a zip archive opened as a folder in the resources lesson"),
    (r"^FileNotFoundError: ",
     "a data file opened relative to the current folder (practice «Файл данных рядом с модулем»)"),
    (r"^PackageNotFoundError: ",
     "importlib.metadata asked for a distribution that is not installed (pyproject-modern)"),
    (r"^TypeError: the 'package' argument is required",
     "importlib.import_module with a relative name (lesson «Динамический импорт»)"),
    (r"^ImportError: module \S+ not in sys\.modules$|^ModuleNotFoundError: import of \S+ halted",
     "importlib.reload and a None in sys.modules, shown by the sys.modules lesson"),
    (r"^error: (No solution found|No interpreter found|Failed to build)",
     "uv's resolver and interpreter discovery, explained in the uv and pyproject lessons"),
]


@dataclass
class Line:
    """One error line of one transcript variant."""

    text: str
    transcript: str  # examples/… path
    versions: tuple[tuple[int, int], ...]
    pages: list[str]  # docs/… pages that embed the transcript
    context: str  # the whole transcript


@dataclass
class Entry:
    page: Path
    pattern: str
    say: str
    anchor: str = ""
    priority: int = 0
    context: str = ""
    when: str = ""
    older: str = ""

    @property
    def regex(self) -> re.Pattern:
        return python_regex(self.pattern)

    @property
    def context_regex(self) -> re.Pattern | None:
        return python_regex(self.context, re.MULTILINE) if self.context else None


def python_regex(pattern: str, flags: int = 0) -> re.Pattern:
    """A JavaScript regular expression read by Python: (?<name>…) → (?P<name>…)."""
    return re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern), flags)


def front_matter(page: Path) -> tuple[dict, str]:
    text = page.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?\n)---\n", text, re.DOTALL)
    return (yaml.safe_load(m.group(1)) if m else {}) or {}, text[m.end():] if m else text


def headings(body: str) -> dict[str, str]:
    """Anchor → heading text of a page, as the site's toc makes them (mkdocs.yml)."""
    md = markdown.Markdown(extensions=["toc", "attr_list"],
                           extension_configs={"toc": {"slugify": slugify(case="lower")}})
    md.convert(body)
    found: dict[str, str] = {}

    def walk(tokens):
        for t in tokens:
            found[t["id"]] = html.unescape(re.sub(r"<[^>]+>", "", t["name"]))
            walk(t["children"])

    walk(md.toc_tokens)
    return found


def title(page: Path) -> str:
    body = front_matter(page)[1]
    return next(iter(headings(body).values()))


def nav_order() -> list[str]:
    """docs/… pages in the order of the site's menu."""
    return ["docs/" + m for m in re.findall(r"(?m)^\s*-\s+(?:[^:\n]+:\s+)?(\S+\.md)\s*$",
                                            MKDOCS_YML.read_text(encoding="utf-8"))]


def entries(root: Path = ROOT) -> list[Entry]:
    found = []
    for page in sorted((root / "docs" / "errors").glob("*.md")):
        meta, _ = front_matter(page)
        for item in meta.get("doctor") or []:
            found.append(Entry(page=page, **item))
    return found


def versions_of(path: Path) -> tuple[tuple[int, int], ...]:
    """The Python versions a transcript variant covers (up to the next variant of its group)."""
    group = transcript_group(path.name)
    starts = sorted(transcript_version(p.name) for p in path.parent.iterdir()
                    if p.is_file() and p.suffix == path.suffix and transcript_group(p.name) == group)
    start = transcript_version(path.name)
    later = [s for s in starts if s > start]
    return tuple(v for v in MATRIX if start <= v and (not later or v < later[0]))


def steps(path: Path) -> list[str]:
    """The parts of a transcript an error line is read with: a command and its output (a
    console transcript), or the whole session (.pycon)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".pycon":
        return [text]
    return [f"$ {step.command}\n{step.expected}" for step in parse_console(text)]


def transcript_lines(root: Path = ROOT) -> list[Line]:
    embedded = site_checks.embedded_files(root)
    found = []
    for example in find_examples(root / "examples"):
        for path in find_transcripts(example):
            rel = path.relative_to(root).as_posix()
            for step in steps(path):
                for raw in step.splitlines():
                    m = ERROR_LINE.match(raw) or TOOL_LINE.match(raw)
                    if m:
                        found.append(Line(m["line"], rel, versions_of(path), sorted(embedded.get(rel, [])), step))
    return found


# Frames of a traceback: CPython's `File "…", line N`, IPython's `File ~/x.py:3`, pytest's
# `tests/test_x.py:1: in <module>` (doctor.js: FRAME).
FRAME = re.compile(r'^\s*File "(?P<a>[^"]+)", line \d+|^\s*File (?P<b>[^\s"<][^\s"]*\.pyw?):\d+|'
                   r'^(?P<c>[^\s:"<][^\s:"]*\.pyw?):\d+: in ', re.MULTILINE)


def frames(text: str) -> list[str]:
    """Base names of the files in a traceback's frames, in order, without <frozen …>, <stdin>."""
    found = []
    for m in FRAME.finditer(text):
        path = m["a"] or m["b"] or m["c"]
        if not path.startswith("<"):
            found.append(re.split(r"[\\/]", path)[-1])
    return found


def when_holds(when: str, path: str, names: list[str]) -> bool:
    """Where the file of a «consider renaming '<path>'» hint sits among the frames (doctor.js)."""
    if not names or not path:
        return False
    name = re.split(r"[\\/]", path)[-1]
    if when == "script":
        return names[-1] == name
    if when == "cycle":
        return name in names[:-1] and names[-1] != name
    if when == "shadow":
        return name not in names
    raise ValueError(f"unknown when: {when}")


def all_output_lines(root: Path = ROOT) -> list[str]:
    """Every line of every transcript (an entry for «Ran 0 tests» matches no error line)."""
    return [line for ex in find_examples(root / "examples") for p in find_transcripts(ex)
            for line in p.read_text(encoding="utf-8").splitlines()]


def ignored_reason(line: str) -> str | None:
    return next((reason for pattern, reason in IGNORED if re.search(pattern, line)), None)


def shape(line: str) -> str:
    """The wording of an error line without its names and paths (doctor.js: shape())."""
    line = re.sub(r"'[^']*'", "'…'", line.strip())
    line = re.sub(r"`[^`]*`", "`…`", line)
    return re.sub(r"\((?:/|[A-Za-z]:\\|~)[^()]*\)", "(…)", line)


def version_label(versions) -> str:
    """(3,13),(3,14),(3,15) → «3.13 и новее»; (3,10),(3,11),(3,12) → «3.10–3.12»; runs with
    a gap are joined: «3.10, 3.15»."""
    index = sorted(MATRIX.index(v) for v in set(versions))
    runs: list[list[int]] = []
    for i in index:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    name = lambda i: f"{MATRIX[i][0]}.{MATRIX[i][1]}"  # noqa: E731
    parts = []
    for run in runs:
        first, last = run[0], run[-1]
        if last == len(MATRIX) - 1 and first != 0 and len(runs) == 1:
            parts.append(f"{name(first)} и новее")
        elif first == last:
            parts.append(name(first))
        else:
            parts.append(f"{name(first)}–{name(last)}")
    return ", ".join(parts)


def matches(entry: Entry, line: Line) -> bool:
    m = entry.regex.search(line.text)
    if not m:
        return False
    if entry.context_regex is not None and not entry.context_regex.search(line.context):
        return False
    if entry.when:
        return when_holds(entry.when, m.groupdict().get("path") or "", frames(line.context))
    return True


def best(line: Line, all_entries: list[Entry]) -> list[Entry]:
    """The entries that win for a line: those matching it with the highest priority."""
    found = [e for e in all_entries if matches(e, line)]
    top = max((e.priority for e in found), default=None)
    return [e for e in found if e.priority == top]


def history(entry: Entry, lines: list[Line]) -> list[list[dict]]:
    """Wordings of the same error in the variants of one transcript, where they differ.

    Variants of a transcript group are aligned line by line when they have as many error
    lines; a position where the wordings differ, and one of them is this entry's, is kept."""
    groups: dict[str, dict[Path, list[Line]]] = {}
    for line in lines:
        path = Path(line.transcript)
        key = (path.parent / transcript_group(path.name)).as_posix()
        groups.setdefault(key, {}).setdefault(path, []).append(line)
    found: list[list[dict]] = []
    for variants in groups.values():
        if len(variants) < 2 or len({len(v) for v in variants.values()}) != 1:
            continue
        ordered = sorted(variants.values(), key=lambda v: v[0].versions[0], reverse=True)
        for column in zip(*ordered):
            if not any(entry.regex.search(line.text) for line in column):
                continue
            merged: dict[str, set] = {}
            for line in column:
                merged.setdefault(shape(line.text), set()).update(line.versions)
            if len(merged) < 2:
                continue
            item = sorted(([version_label(v), s, max(v)] for s, v in merged.items()), key=lambda x: x[2], reverse=True)
            item = [{"versions": label, "text": text} for label, text, _ in item]
            if item not in found:
                found.append(item)
    return found


def lessons(entry: Entry, lines: list[Line], all_entries: list[Entry], order: list[str]) -> list[str]:
    """Lesson pages (not error pages) that show a line this entry wins, most lines first."""
    count: dict[str, int] = {}
    for line in lines:
        if any(e is entry for e in best(line, all_entries)):
            for page in line.pages:
                if not page.startswith("docs/errors/"):
                    count[page] = count.get(page, 0) + 1
    rank = {p: i for i, p in enumerate(order)}
    return sorted(count, key=lambda p: (-count[p], rank.get(p, len(rank))))


def url_from_doctor(page: str) -> str:
    """docs/import/running.md → ../../import/running/, docs/errors/x.md → ../x/ (relative to
    the doctor page, /errors/doctor/)."""
    target = site_checks.page_url(ROOT / page, ROOT) or "."
    return posixpath.relpath(target, "errors/doctor").rstrip("/") + "/"


def generate(root: Path = ROOT) -> dict:
    lines = transcript_lines(root)
    order = nav_order()
    titles: dict[str, str] = {}

    def page_title(page: str) -> str:
        if page not in titles:
            titles[page] = title(root / page)
        return titles[page]

    all_entries = entries(root)
    data_entries = []
    for entry in sorted(all_entries, key=lambda e: (-e.priority, e.page.name, e.pattern)):
        page = entry.page.relative_to(root).as_posix()
        anchors = headings(front_matter(entry.page)[1])
        item = {
            "page": url_from_doctor(page),
            "title": page_title(page),
            "anchor": entry.anchor,
            "section": anchors.get(entry.anchor.removeprefix("#"), "") if entry.anchor else "",
            "pattern": entry.pattern,
            "priority": entry.priority,
            "say": " ".join(entry.say.split()),
        }
        for key in ("context", "when", "older"):
            if getattr(entry, key):
                item[key] = getattr(entry, key)
        seen = {v for line in lines if matches(entry, line) for v in line.versions}
        if seen:
            item["seen"] = version_label(seen)
        item["history"] = history(entry, lines)
        item["lessons"] = [{"url": url_from_doctor(p), "title": page_title(p)}
                           for p in lessons(entry, lines, all_entries, order)[:4]]
        data_entries.append(item)
    return {
        "about": "Сгенерировано: python tests/tools/doctor_data.py (из front matter doctor: "
                 "страниц docs/errors/ и транскриптов examples/). Не правьте руками.",
        "versions": [f"{v[0]}.{v[1]}" for v in MATRIX],
        "entries": data_entries,
    }


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write(root: Path = ROOT) -> Path:
    DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
    DATA_FILE.write_text(dumps(generate(root)), encoding="utf-8")
    return DATA_FILE
