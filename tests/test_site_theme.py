"""Guards for the theme overrides in docs/.overrides: each copied Material partial differs from
the installed Material's file only by the lines we mean to change (listed below, each with its reason), so a Material upgrade that
changes the partial fails here instead of being silently undone by our old copy."""

from __future__ import annotations

import difflib
from pathlib import Path

import material
import pytest

from harness.paths import ROOT

OVERRIDES = ROOT / "docs" / ".overrides"
MATERIAL = Path(material.__file__).parent / "templates"

# partial → [(Material's line, our line), …]: the only changes, each with its reason.
CHANGES = {
    "partials/nav-item.html": [
        # vnu: Material writes tabindex="" (not a number) on the labels of menu sections.
        ('<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label"'
         ' tabindex="{{ tabindex }}">',
         '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label"'
         '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>'),
        ('<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label"'
         ' tabindex="{{ tabindex }}">',
         '<label class="md-nav__link {{ class }}" for="{{ path }}" id="{{ path }}_label"'
         '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>'),
        # axe landmark-unique: with navigation.indexes a section's <nav> is labelled by an
        # empty <label> (the arrow icon), so every section menu has the same empty name.
        ('<nav class="md-nav" data-md-level="{{ level }}" aria-labelledby="{{ path }}_label"'
         ' aria-expanded="{{ nav_item.active | tojson }}">',
         '<nav class="md-nav" data-md-level="{{ level }}" aria-label="{{ nav_item.title }}"'
         ' aria-expanded="{{ nav_item.active | tojson }}">'),
    ],
}


@pytest.mark.parametrize("partial", sorted(CHANGES))
def test_override_is_materials_partial_with_listed_changes(partial: str) -> None:
    theirs = (MATERIAL / partial).read_text(encoding="utf-8").splitlines()
    ours = (OVERRIDES / partial).read_text(encoding="utf-8").splitlines()
    changed = [(a.strip(), b.strip()) for a, b in zip(theirs, ours) if a != b]
    diff = "\n".join(difflib.unified_diff(theirs, ours, "material/" + partial, "ours", lineterm=""))
    assert len(theirs) == len(ours) and changed == CHANGES[partial], diff


def test_every_copied_partial_is_guarded() -> None:
    copied = {p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html")
              if (MATERIAL / p.relative_to(OVERRIDES)).exists()}
    # main.html and 404.html extend Material's templates (blocks), they are not copies.
    assert copied - {"main.html", "404.html"} == set(CHANGES)
