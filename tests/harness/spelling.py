"""Spell check of the prose in docs/: Hunspell with ru_RU + en_US and a project word list.

Run from the repository root:

    python tests/harness/spelling.py

What is checked: every docs/**/*.md page rendered by Python-Markdown with the extensions and
options from mkdocs.yml (so fenced blocks, tabs, admonitions and attribute lists are parsed the
way the site parses them), plus the `description` (and `title`) of the YAML front matter. Left
out: code (fenced blocks with their titles, inline code, <kbd>, <samp>), lines that embed a file
(`--8<-- "..."`), HTML comments, URLs, and ASCII paths and dotted names outside code spans
(`app/calc.py` in a tab label, `sys.modules` or `__main__` in a page title). `alt` and `title`
attributes are prose and are checked.

Tokenizing and judging words is Hunspell's job (`hunspell -l -d ru_RU,en_US`, Debian packages
hunspell, hunspell-ru, hunspell-en-us). English words in the Russian text are judged by en_US.

tests/data/spelling-words.txt is the project word list (Hunspell's personal dictionary, `-p`): one
word per line, no comments. A lowercase entry also accepts the Capitalized and UPPERCASE forms;
an entry with capitals (PyCharm) accepts only itself and UPPERCASE. Each inflected form is its own
entry. The word list must be sorted, free of duplicates, and every entry must be needed: unknown
to both dictionaries and used somewhere in docs/.

Why not pyspelling: its HTML filter splits a page into one chunk per block element (paragraph,
list item, heading) and pyspelling starts one Hunspell process per chunk; loading ru_RU takes
~0.4 s, so docs/ took about 8 minutes. Here one Hunspell process checks all pages (and a
second one the few words it did not know, against the word list): about 3 seconds.

Exit status: 0 when all is well, 1 with one problem per line, 2 when Hunspell or a dictionary
is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = ROOT / "tests" / "data" / "spelling-words.txt"
DICTIONARIES = ("ru_RU", "en_US")
# A token that neither dictionary knows; it separates the pages in Hunspell's output.
SENTINEL = "qxqxqxqxq"
# Extensions that do not change which text is prose: snippets would paste code files (the
# paths after --8<-- are dropped instead), toc adds "¶" links.
SKIPPED_EXTENSIONS = {"pymdownx.snippets", "toc", "markdown.extensions.toc"}
FRONT_MATTER_KEYS = ("title", "description")

# The path after --8<-- is dropped, the line stays: an empty fenced block would end a list early.
SNIPPET_LINE = re.compile(r"^([ \t]*)-{2,}8<-{2,}.*$", re.M)
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", re.I)
# Code outside code spans: tab labels and admonition titles name files and example folders
# ("app/calc.py", "module_getattr_lazy_attr"), page titles and descriptions name objects ("sys.modules",
# "__getattr__", "файлы .pth"). ASCII only, so that Russian words stay checked.
CODE_LIKE = re.compile(
    r"(?<![\w.])(?:[\w.-]*/[\w./#-]*"  # a path: app/calc.py, python/cpython#86295
    r"|[A-Za-z_][\w-]*(?:\.\w+)+"  # a dotted name: sys.modules, __init__.py
    r"|\.[A-Za-z]\w*"  # an extension: .pth
    r"|\w*_\w*)",  # a name with an underscore: module_getattr_lazy_attr, __main__
    re.ASCII,
)
# An entry of the word list: one Hunspell token (letters, maybe an inner apostrophe).
ENTRY = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?$")

INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "ins", "mark", "q",
    "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr",
}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}
IGNORED_TAGS = {"code", "kbd", "pre", "samp", "script", "style", "svg", "math"}
IGNORED_CLASSES = {"highlight", "filename", "headerlink"}
CHECKED_ATTRIBUTES = ("alt", "title")


class ProseExtractor(HTMLParser):
    """Collect the text of an HTML fragment, skipping code and comments."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if self.skip_tag is not None:
            if tag == self.skip_tag and tag not in VOID_TAGS:
                self.skip_depth += 1
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if tag in IGNORED_TAGS or classes & IGNORED_CLASSES:
            if tag not in VOID_TAGS:
                self.skip_tag, self.skip_depth = tag, 1
            return
        for name in CHECKED_ATTRIBUTES:
            if attributes.get(name):
                self.parts.append(f"\n{attributes[name]}\n")
        if tag not in INLINE_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.skip_tag == tag and tag in VOID_TAGS:
            self.skip_tag = None

    def handle_endtag(self, tag):
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag not in INLINE_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip_tag is None:
            self.parts.append(data)


def markdown_renderer():
    """A Markdown instance configured like the site (mkdocs.yml)."""
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    extensions = [e for e in config["markdown_extensions"] if e not in SKIPPED_EXTENSIONS]
    configs = {k: v for k, v in config["mdx_configs"].items() if k in extensions}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


def page_prose(path: Path, md) -> str:
    """The prose of one page: front matter texts, then the rendered body without code."""
    from mkdocs.utils.meta import get_data

    body, meta = get_data(path.read_text(encoding="utf-8"))
    texts = [str(meta[key]) for key in FRONT_MATTER_KEYS if meta.get(key)]
    md.reset()
    parser = ProseExtractor()
    parser.feed(md.convert(SNIPPET_LINE.sub(r"\1...", body)))
    parser.close()
    texts.append("".join(parser.parts))
    prose = CODE_LIKE.sub(" ", URL.sub(" ", "\n".join(texts)))
    return "\n".join(line.strip() for line in prose.splitlines() if line.strip())


def missing_tools() -> str | None:
    """Why the check cannot run here, or None."""
    if shutil.which("hunspell") is None:
        return "hunspell is not installed (apt-get install hunspell hunspell-ru hunspell-en-us)"
    run = subprocess.run(["hunspell", "-D"], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    listing = run.stdout + run.stderr
    available = {Path(line.strip()).name for line in listing.splitlines()}
    lost = [d for d in DICTIONARIES if d not in available]
    if lost:
        missing = ", ".join(lost)
        return f"Hunspell dictionaries missing: {missing} (apt-get install hunspell-ru hunspell-en-us)"
    return None


def hunspell_unknown(text: str, personal: Path | None = None) -> list[str]:
    """Tokens of `text` that Hunspell does not know, in order (with repeats)."""
    cmd = ["hunspell", "-l", "-i", "UTF-8", "-d", ",".join(DICTIONARIES)]
    if personal is not None:
        cmd += ["-p", str(personal)]
    # Hunspell reads the personal dictionary only with HOME set, and reads its non-ASCII words
    # wrongly unless the locale is UTF-8 (measured with hunspell 1.7.1 in a bare environment).
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    env.setdefault("HOME", tempfile.gettempdir())
    result = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, check=True, env=env)
    return result.stdout.decode("utf-8").splitlines()


def read_word_list() -> list[str]:
    return WORDS.read_text(encoding="utf-8").splitlines()


def word_list_problems(words: list[str]) -> list[str]:
    """Format problems of the word list (order, duplicates, entries that are not one token)."""
    name = WORDS.relative_to(ROOT)
    problems = []
    for n, word in enumerate(words, 1):
        if not ENTRY.match(word):
            problems.append(f"{name}:{n}: not a single word: {word!r}")
    if words != sorted(words, key=lambda w: (w.casefold(), w)):
        problems.append(f"{name}: not sorted (ignoring case first, then by case: CPython, cpython)")
    for n, word in enumerate(words, 1):
        if word in words[:n - 1]:
            problems.append(f"{name}:{n}: duplicate: {word!r}")
        else:
            wider = [w for w in words if w != word and covers(w, word)]
            if wider:
                problems.append(f"{name}:{n}: {word!r} is redundant: {wider[0]!r} accepts it")
    if SENTINEL in words:
        problems.append(f"{name}: must not contain {SENTINEL!r}")
    return problems


def covers(entry: str, token: str) -> bool:
    """Whether a word-list entry accepts a token (Hunspell's rules for personal words)."""
    if token == entry or token == entry.upper():
        return True
    return entry.islower() and token == entry[0].upper() + entry[1:]


def check() -> list[str]:
    md = markdown_renderer()
    pages = sorted((ROOT / "docs").rglob("*.md"))
    words = read_word_list()
    problems = word_list_problems(words)
    if problems:
        return problems

    # One Hunspell run over every page and, last, the word list itself.
    chunks = [page_prose(page, md) for page in pages] + ["\n".join(words)]
    unknown_by_chunk: list[list[str]] = [[]]
    for token in hunspell_unknown(f"\n{SENTINEL}\n".join(chunks)):
        if token == SENTINEL:
            unknown_by_chunk.append([])
        else:
            unknown_by_chunk[-1].append(token)
    if len(unknown_by_chunk) != len(chunks):
        raise RuntimeError("Hunspell output does not line up with the pages")
    unknown_entries = set(unknown_by_chunk.pop())

    # Which of the unknown tokens the word list does not accept either.
    tokens = sorted({t for page_tokens in unknown_by_chunk for t in page_tokens})
    still_unknown = set(hunspell_unknown("\n".join(tokens), WORDS)) if tokens else set()

    for page, page_tokens in zip(pages, unknown_by_chunk):
        name = page.relative_to(ROOT)
        for token in sorted(set(page_tokens) & still_unknown, key=str.casefold):
            problems.append(f"{name}: unknown word: {token}")

    name = WORDS.relative_to(ROOT)
    for word in words:
        if word not in unknown_entries:
            problems.append(f"{name}: {word!r} is known to the dictionaries already; remove it")
        elif not any(covers(word, token) for token in tokens):
            problems.append(f"{name}: {word!r} is used on no page; remove it")
    return problems


def main() -> int:
    reason = missing_tools()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    problems = check()
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
