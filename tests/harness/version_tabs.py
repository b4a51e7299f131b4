"""Version tabs on pages, made from the transcript variants that exist.

A transcript with variants (``run.console``, ``run.py313.console``, …) is shown on a
page as one tab set, newest first, each tab labelled with the Python versions of the
matrix (``transcript.MATRIX``) that its variant applies to:

    === "Python 3.13 и новее"

        ```console title="circular_error/run.py313.console"
        --8<-- "examples/circular_error/run.py313.console"
        ```

    === "Python 3.10–3.12"
        ...

A transcript with one variant is a plain block. The labels are computed, never typed:
``tests/test_site_guards.py`` fails when a page differs from what this module makes, and

    python tests/tools/version_tabs.py

rewrites the pages (after recording a new variant, or after the matrix changed).
"""

from __future__ import annotations

import re
from pathlib import Path

from transcript import MATRIX, transcript_group, transcript_version

from harness.cpython import find_examples, find_transcripts
from harness.paths import DOCS, EXAMPLES

TAB = re.compile(r'^(?P<indent> *)=== "Python[^"]*"\s*$')
FENCE = re.compile(r'^(?P<indent> *)```(?P<lang>\w+)(?P<attrs>[^\n]*)$')
EMBED = re.compile(r'^ *--8<-- "examples/(?P<path>[^"]+)"\s*$')


def label(start: tuple[int, int], end: tuple[int, int] | None) -> str:
    """Tab label for a variant that applies from ``start`` up to (not including) ``end``."""
    covered = [v for v in MATRIX if v >= start and (end is None or v < end)]
    if not covered:
        raise ValueError(f"a variant from {start} to {end} applies to no Python of the matrix")
    first, last = (f"{v[0]}.{v[1]}" for v in (covered[0], covered[-1]))
    if end is None:
        return f"Python {first} и новее"
    if len(covered) == 1:
        return f"Python {first}"
    if len(covered) == 2:
        return f"Python {first} и {last}"
    return f"Python {first}–{last}"


def variants(examples: Path = EXAMPLES) -> dict[str, list[str]]:
    """Transcript group (``example/run.console``) → its files relative to examples/, newest first."""
    groups: dict[str, list[Path]] = {}
    for example in find_examples(examples):
        for path in find_transcripts(example):
            rel = path.relative_to(examples)
            groups.setdefault(str(rel.parent / transcript_group(path)), []).append(path)
    return {
        group: [str(p.relative_to(examples)) for p in sorted(paths, key=transcript_version, reverse=True)]
        for group, paths in groups.items()
    }


def group_of(rel: str) -> str:
    path = Path(rel)
    return str(path.parent / transcript_group(path))


def render(group_files: list[str], lang: str, indent: str) -> list[str]:
    """The lines that show one transcript group: a tab set, or one block."""
    def block(rel: str, pad: str) -> list[str]:
        return [f'{pad}```{lang} title="{rel}"', f'{pad}--8<-- "examples/{rel}"', f"{pad}```"]

    if len(group_files) == 1:
        return block(group_files[0], indent)
    lines: list[str] = []
    versions = [transcript_version(Path(f)) for f in group_files]
    for i, rel in enumerate(group_files):
        end = versions[i - 1] if i else None
        if lines:
            lines.append("")
        lines += [f'{indent}=== "{label(versions[i], end)}"', ""]
        lines += block(rel, indent + "    ")
    return lines


def _shown(lines: list[str], i: int) -> tuple[int, str, str, str] | None:
    """A transcript block starting at line i: (end line, group, lang, indent), else None."""
    fence = FENCE.match(lines[i])
    if not fence or i + 2 >= len(lines):
        return None
    embed = EMBED.match(lines[i + 1])
    if not embed or lines[i + 2].strip() != "```":
        return None
    rel = embed["path"]
    if not rel.endswith((".console", ".pycon")):
        return None
    return i + 3, group_of(rel), fence["lang"], fence["indent"]


def rewrite(text: str, groups: dict[str, list[str]]) -> str:
    """The page with every transcript shown as ``render`` shows it."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        tab = TAB.match(lines[i])
        if tab:
            # A tab set: consecutive tabs at one indent, each holding one transcript block.
            indent = tab["indent"]
            j, group, lang = i, None, None
            while j < len(lines) and TAB.match(lines[j]) and TAB.match(lines[j])["indent"] == indent:
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                shown = _shown(lines, k)
                if shown is None:
                    raise ValueError(f"a version tab that holds no transcript block: {lines[j]!r}")
                end, tab_group, lang, _ = shown
                if group not in (None, tab_group):
                    raise ValueError(f"one tab set shows two transcripts: {group} and {tab_group}")
                group = tab_group
                j = end
                # The blank lines between this tab and the next one stay with the set.
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and TAB.match(lines[k]) and TAB.match(lines[k])["indent"] == indent:
                    j = k
            out += render(groups.get(group, [group]), lang, indent)
            i = j
            continue
        shown = _shown(lines, i)
        if shown and shown[1] in groups:
            end, group, lang, indent = shown
            out += render(groups[group], lang, indent)
            i = end
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def stale_pages(docs: Path = DOCS) -> dict[Path, str]:
    """Pages whose transcripts are not shown as ``render`` shows them → the page as it should be."""
    groups = variants()
    stale = {}
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        new = rewrite(text, groups)
        if new != text:
            stale[page] = new
    return stale

