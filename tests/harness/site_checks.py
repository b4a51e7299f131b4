"""Checks that tie the pages in docs/ to the examples in examples/.

Each check takes the repository root and returns a list of problems, one
readable line each, naming the file. The tests assert that the list is empty;
the same functions run on deliberately broken copies to prove they catch it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from transcript import SUFFIXES as TRANSCRIPT_SUFFIXES

from harness.cpython import find_examples, find_transcripts
from harness.paths import ASSETS_SCRIPT

# Languages of blocks that show Python code or a session: they must come from examples/.
CHECKED_LANGUAGES = {
    "python", "py", "python3", "pycon", "console", "shell", "bash", "sh",
    "shell-session", "sh-session",
}
# A block that is deliberately not from an example carries this comment on the line before.
FRAGMENT_MARKER = re.compile(r"^\s*<!-- fragment: .+ -->\s*$")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
SNIPPET = re.compile(r'^\s*(?:-{1,}8<-{1,}|;{1,}--8<--)\s+"(?P<path>[^"]+)"\s*$')
SNIPPET_ANYWHERE = re.compile(r'--8<--\s+"(?P<path>[^"]+)"')
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
LANGUAGE = re.compile(r"^\{?\s*\.?(?P<lang>[\w+-]+)")
# Files of an example the page does not have to show.
UNSHOWN_NAMES = {".writes-bytecode"}
TREE_LINE = re.compile(r"^(?P<prefix>(?:│   |    )*)(?:├── |└── )(?P<name>[^#]+?)\s*(?:#.*)?$")


@dataclass
class Block:
    page: Path
    line: int  # 1-based line of the opening fence
    language: str
    title: str
    body: list[str]
    fragment: bool

    @property
    def embeds(self) -> str | None:
        """The file the block shows whole (its only line is `--8<-- "path"`), or None."""
        lines = [line for line in self.body if line.strip()]
        m = SNIPPET.match(lines[0]) if len(lines) == 1 else None
        return m["path"] if m else None


def iter_blocks(page: Path) -> list[Block]:
    """Fenced code blocks of a Markdown page (top level and inside tabs/admonitions)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m["indent"], m["fence"], m["info"]
        lang = LANGUAGE.match(info)
        title = TITLE.search(info)
        start, body = i, []
        i += 1
        while i < len(lines) and not (
            lines[i].strip().startswith(fence) and lines[i].strip().strip(fence[0]) == ""
        ):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].strip())
            i += 1
        i += 1
        blocks.append(Block(
            page, start + 1, lang["lang"].lower() if lang else "", title["title"] if title else "",
            body, start > 0 and bool(FRAGMENT_MARKER.match(lines[start - 1])),
        ))
    return blocks


def pages(root: Path) -> list[Path]:
    return sorted((root / "docs").rglob("*.md"))


def page_url(page: Path, root: Path) -> str:
    """Where MkDocs publishes docs/<page>.md, relative to the site: a/b.md → a/b/, a/index.md → a/."""
    path = page.relative_to(root / "docs").with_suffix("").as_posix()
    path = "" if path == "index" else path.removesuffix("/index")
    return path + "/" if path else ""


def rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root))


def embedded_files(root: Path) -> dict[str, list[str]]:
    """examples/… path → pages that embed it with --8<--."""
    found: dict[str, list[str]] = {}
    for page in pages(root):
        for m in SNIPPET_ANYWHERE.finditer(page.read_text(encoding="utf-8")):
            found.setdefault(m["path"], []).append(rel(page, root))
    return found


def check_examples_have_transcripts(root: Path) -> list[str]:
    return [
        f"{rel(ex, root)}: no transcript (*.console or *.pycon) beside the example's files"
        for ex in find_examples(root / "examples") if not find_transcripts(ex)
    ]


def check_examples_are_shown(root: Path) -> list[str]:
    """Every transcript and every non-empty file of every example is embedded by some page."""
    embedded = embedded_files(root)
    problems = []
    for ex in find_examples(root / "examples"):
        if not any(p.startswith(f"examples/{ex.name}/") for p in embedded):
            problems.append(f"{rel(ex, root)}: no page embeds this example")
            continue
        for f in sorted(ex.rglob("*")):
            if not f.is_file() or "__pycache__" in f.parts or f.name in UNSHOWN_NAMES:
                continue
            if f.suffix not in TRANSCRIPT_SUFFIXES and not f.read_bytes().strip():
                continue  # an empty __init__.py: the file tree shows it
            if rel(f, root) not in embedded:
                problems.append(f"{rel(f, root)}: no page embeds this file (add it with --8<--)")
    return problems


def page_slug(page: Path, docs: Path) -> str:
    """The name of a page as example folders start with it: the file name, ``-`` → ``_``;
    for a section's index.md, the section's folder (docs/errors/index.md → ``errors``)."""
    relative = page.relative_to(docs)
    stem = relative.parent.name if relative.name == "index.md" and relative.parent.name else relative.stem
    return stem.replace("-", "_")


def check_no_symlinks(root: Path) -> list[str]:
    """No symbolic link in examples/: the zip for «Скачать» and the transcript tests' copy would
    follow it, possibly to a file outside the repository."""
    return [f"{rel(p, root)}: a symbolic link in an example; put the file itself there"
            for p in sorted((root / "examples").rglob("*")) if p.is_symlink()]


def check_example_names(root: Path) -> list[str]:
    """An example folder is named <page-slug>_<lesson> after a page that embeds it (its home
    page): the longest page slug the name starts with must name a page showing the example."""
    docs = root / "docs"
    slugs = {page_slug(page, docs): rel(page, root) for page in pages(root)}
    embedded = embedded_files(root)
    problems = []
    for ex in find_examples(root / "examples"):
        shown_on = {page for path, found in embedded.items()
                    if path.startswith(f"examples/{ex.name}/") for page in found}
        prefixes = [slug for slug in slugs if ex.name.startswith(slug + "_")]
        if not prefixes:
            problems.append(f"{rel(ex, root)}: the name starts with no page's slug; name it "
                            f"<page-slug>_<lesson> after the page that teaches it")
            continue
        home = slugs[max(prefixes, key=len)]
        if home not in shown_on:
            problems.append(f"{rel(ex, root)}: named after {home}, which does not embed it "
                            f"(shown on: {', '.join(sorted(shown_on)) or 'no page'})")
    return problems


def check_snippets_exist(root: Path) -> list[str]:
    return [
        f"{page}: snippet {path!r} does not exist"
        for path, where in sorted(embedded_files(root).items()) for page in where
        if not (root / path).is_file()
    ]


def check_code_blocks(root: Path) -> list[str]:
    """Every Python/console/pycon block is one whole file from examples/, or a marked fragment."""
    problems = []
    for page in pages(root):
        for b in iter_blocks(page):
            where = f"{rel(page, root)}:{b.line}"
            if b.language not in CHECKED_LANGUAGES:
                continue
            if b.fragment:
                if any(SNIPPET.match(line) for line in b.body):
                    problems.append(f"{where}: a block from examples/ must not be marked as a fragment")
                continue
            path = b.embeds
            if path is None:
                problems.append(
                    f"{where}: a {b.language!r} block must embed one file from examples/ with "
                    '--8<-- "examples/…" (or be marked <!-- fragment: why --> on the line before)')
                continue
            if not path.startswith("examples/"):
                problems.append(f"{where}: {path!r} is not under examples/")
            expected = {".py": "python", ".console": "console", ".pycon": "pycon"}.get(Path(path).suffix)
            if expected and b.language != expected:
                problems.append(f"{where}: {path!r} should be shown as {expected!r}, not {b.language!r}")
            if not b.title:
                problems.append(f'{where}: a block from examples/ needs title="…" naming the file')
    return problems


def fragments(root: Path) -> list[str]:
    return [
        f"{rel(page, root)}:{b.line}" for page in pages(root) for b in iter_blocks(page)
        if b.fragment
    ]


def parse_tree(body: list[str]) -> set[str]:
    """Paths listed by a file-tree block; folders end with '/'."""
    paths, stack = set(), []
    for line in body[1:]:
        if not line.strip():
            continue
        m = TREE_LINE.match(line)
        if not m:
            raise ValueError(f"not a tree line: {line!r}")
        depth = len(m["prefix"]) // 4
        stack[depth:] = [m["name"].strip()]
        paths.add("/".join(s.rstrip("/") for s in stack) + ("/" if stack[-1].endswith("/") else ""))
    return paths


def actual_tree(folder: Path) -> set[str]:
    paths = set()
    for p in folder.rglob("*"):
        parts = p.relative_to(folder).parts
        if "__pycache__" in parts or p.name in UNSHOWN_NAMES or p.suffix in TRANSCRIPT_SUFFIXES:
            continue
        paths.add("/".join(parts) + ("/" if p.is_dir() else ""))
    return paths


def check_trees(root: Path) -> list[str]:
    """A ``text`` block titled "name/" draws examples/name/ and must match it exactly."""
    problems = []
    for page in pages(root):
        for b in iter_blocks(page):
            if b.language != "text" or not b.title.endswith("/"):
                continue
            where = f"{rel(page, root)}:{b.line}"
            folder = root / "examples" / b.title
            if not folder.is_dir():
                problems.append(f"{where}: tree titled {b.title!r} but examples/{b.title} does not exist")
                continue
            if not b.body or b.body[0].strip() != b.title.rstrip("/").split("/")[-1] + "/":
                problems.append(f"{where}: a tree starts with the folder's name, {b.title!r}")
                continue
            try:
                shown = parse_tree(b.body)
            except ValueError as exc:
                problems.append(f"{where}: {exc}")
                continue
            real = actual_tree(folder)
            for p in sorted(shown - real):
                problems.append(f"{where}: the tree shows {p!r}, which examples/{b.title} does not have")
            for p in sorted(real - shown):
                problems.append(f"{where}: examples/{b.title}{p} is missing from the tree")
    return problems


ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
            "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "предпоследн": -2, "последн": -1}
ORDINAL_COMMAND = re.compile(
    r"\b(?P<ordinal>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")(?:\w*[^\Wь])? команд\w*"
    r"(?P<rest>[^.;!?]*)", re.IGNORECASE)
CODE_SPAN = re.compile(r"`([^`]+)`")


def check_command_ordinals(root: Path) -> list[str]:
    """«Третья команда …» in prose names a command of the transcript shown last above it.

    The command must exist in every variant of that transcript, and a code span later in the
    same sentence that looks like a command (``python …``) must be part of that command line.
    Prose that counts commands drifts when a transcript gains one; this catches the drift."""
    problems = []
    for page in pages(root):
        shown: list[list[str]] = []  # commands of each variant of the transcript shown last
        in_code = False
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            fence = FENCE.match(line)
            if fence:
                in_code = not in_code
                continue
            snippet = SNIPPET.match(line)
            if snippet and snippet["path"].endswith(".console"):
                if not (root / snippet["path"]).is_file():
                    continue
                commands = [c[2:].rstrip("\n") for c in (root / snippet["path"]).read_text(
                    encoding="utf-8").splitlines() if c.startswith("$ ")]
                # Variants follow each other in one tab set: collect them together.
                previous = snippet["path"].rsplit("/", 1)[0] + "/" + Path(snippet["path"]).name.split(".")[0]
                if shown and shown[-1][0] == previous:
                    shown.append([previous, *commands])
                else:
                    shown = [[previous, *commands]]
                continue
            if in_code or line.lstrip().startswith(("===", "```")):
                continue
            for m in ORDINAL_COMMAND.finditer(line):
                if not shown:
                    problems.append(f"{rel(page, root)}:{number}: «{m.group(0)[:40]}» with no transcript above")
                    continue
                index = ORDINALS[m["ordinal"].lower()]
                spans = [c for c in CODE_SPAN.findall(m["rest"]) if c.startswith(("python", "env/"))]
                for variant in shown:
                    commands = variant[1:]
                    if index > len(commands) or -index > len(commands):
                        problems.append(f"{rel(page, root)}:{number}: «{m.group(0)[:40]}», but the "
                                        f"transcript above has {len(commands)} commands")
                        break
                    command = commands[index - 1] if index > 0 else commands[index]
                    if spans and spans[0] not in command:
                        problems.append(f"{rel(page, root)}:{number}: «{m.group(0)[:60]}»: `{spans[0]}` "
                                        f"is not that command ({command!r})")
                        break
    return problems


ALL_CHECKS = (
    check_examples_have_transcripts,
    check_example_names,
    check_no_symlinks,
    check_examples_are_shown,
    check_snippets_exist,
    check_code_blocks,
    check_trees,
    check_command_ordinals,
)


def add_assets(site: Path) -> subprocess.CompletedProcess:
    """`.ci/site/assets.py` into a built site, as pages.yml does: example zips and Pyodide."""
    return subprocess.run([sys.executable, str(ASSETS_SCRIPT), str(site)],
                          capture_output=True, text=True, timeout=300)


def build(source: Path, site: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of the sources in ``source`` into ``site``."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site)],
        cwd=source, capture_output=True, text=True, timeout=300,
        # Material 9.8 prints an end-of-life banner; it is known (see README.md, «Две команды») and not a warning.
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
