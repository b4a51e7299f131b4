"""The tasks of «Практика» (docs/practice/*.md): each page holds one
``<div class="practice-task" data-task="<slug>" [data-keep="…"] [data-absent="…"]>``; its project
is examples/<slug>_start/, the reference solution examples/<slug>_solution/, and «Проверить» runs
the solution's check.console against the reader's files (docs/assets/javascripts/sandbox.js reads
the same attributes)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from harness.paths import DOCS, EXAMPLES

TASK = re.compile(r'<div class="practice-task" data-task="(?P<slug>\w+)"(?P<attrs>[^>]*)></div>')
ATTR = re.compile(r'data-(keep|absent)="([^"]*)"')


@dataclass(frozen=True)
class Task:
    page: Path
    slug: str
    keep: tuple[str, ...]
    absent: tuple[tuple[str, str], ...]

    @property
    def start(self) -> Path:
        return EXAMPLES / f"{self.slug}_start"

    @property
    def solution(self) -> Path:
        return EXAMPLES / f"{self.slug}_solution"

    @property
    def check(self) -> Path:
        return self.solution / "check.console"

    @property
    def url(self) -> str:
        return f"practice/{self.page.stem}/"


def tasks() -> list[Task]:
    found = []
    for page in sorted((DOCS / "practice").glob("*.md")):
        for m in TASK.finditer(page.read_text(encoding="utf-8")):
            attrs = {k: html.unescape(v) for k, v in ATTR.findall(m["attrs"])}
            absent = tuple((path.strip(), text.strip())
                           for path, _, text in (rule.partition(":")
                                                 for rule in attrs.get("absent", "").split(";"))
                           if path.strip())
            found.append(Task(page, m["slug"], tuple(attrs.get("keep", "").split()), absent))
    return found
