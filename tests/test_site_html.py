"""Every page of the built site, and every SVG image, is valid for the Nu HTML Checker (npm
`vnu-jar`, tests/tools/package.json; needs Java 17+): no error and no warning, except the errors
Material itself emits that our pages cannot fix, listed in THEME_ERRORS, each with its reason."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from harness import require
from harness.paths import NODE_MODULES

VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Exact message → (a piece of the element it is reported on, why it is allowed). An entry that
# matches nothing any more fails the test: remove it.
THEME_ERRORS = {
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
    "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
    "“tel”, “text”, “time”, “url”, or “week”.": (
        'type="checkbox" id="__',
        "Material's base.html gives the drawer and search toggles autocomplete=\"off\" so that "
        "Firefox does not restore them open on reload; the tag is outside any template block."),
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden "
    "form control.": (
        '<label class="md-nav__title" for="__toc">',
        "Material's partials/toc.html points the contents title to the \"__toc\" toggle, which "
        "the navigation does not render on a section's index page (navigation.indexes)."),
}


def vnu(paths: list[Path]) -> list[dict]:
    """vnu's messages for the HTML and SVG files in ``paths`` (files or folders)."""
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--stdout", "--exit-zero-always",
         "--skip-non-html", "--also-check-svg", *map(str, paths)],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"vnu failed (exit {proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)["messages"]


def check_html(site: Path, allowed: dict[str, tuple[str, str]]) -> tuple[list[str], set[str]]:
    """Problems (one line each: file, line, message, element) and the ``allowed`` messages that
    were found. Errors and warnings count; vnu's plain information messages do not."""
    problems, seen = [], set()
    for m in vnu([site]):
        if m["type"] == "info" and m.get("subType") != "warning":
            continue  # e.g. "Trailing slash on void elements has no effect"
        if "violates Content Security Policy (meta tag)" in m["message"]:
            # vnu checks files from disk: 'self' (the page's origin) matches nothing there, and
            # it counts Material's JSON config block as a script. The policy is checked where it
            # acts: in Chromium (securitypolicyviolation) and by test_site_build.py (the hashes).
            continue
        extract = " ".join(m.get("extract", "").split())
        entry = allowed.get(m["message"])
        if m["type"] == "error" and entry and entry[0] in extract:
            seen.add(m["message"])
            continue
        where = m.get("url", "").removeprefix("file:")
        where = str(Path(where).relative_to(site)) if where.startswith(str(site)) else where
        kind = "warning" if m["type"] == "info" else m["type"]
        problems.append(f"{where}:{m.get('lastLine', '?')}: {kind}: {m['message']}  [{extract[:120]}]")
    return problems, seen


@pytest.fixture(scope="module")
def java_and_vnu() -> None:
    require(shutil.which("java") is not None,
            "no Java: apt-get install default-jre-headless (Java 17 or newer)")
    require(VNU.is_file(), "vnu.jar is not installed: npm ci --prefix tests/tools --ignore-scripts")


def test_pages_and_images_are_valid_html(java_and_vnu, site) -> None:
    problems, seen = check_html(site, THEME_ERRORS)
    stale = [f"THEME_ERRORS entry matches nothing any more, remove it: {m!r}"
             for m in THEME_ERRORS if m not in seen]
    assert not problems + stale, "\n".join(problems + stale)


def test_invalid_html_and_svg_are_caught(java_and_vnu, site, tmp_path) -> None:
    """Guard: the same check on a page with two errors added (one of them has the message of an
    allowed theme error, on another element) and on an image with an error."""
    page = tmp_path / "basics" / "package" / "index.html"
    page.parent.mkdir(parents=True)
    text = (site / "basics" / "package" / "index.html").read_text(encoding="utf-8")
    assert "</article>" in text
    page.write_text(text.replace(
        "</article>",
        '<span id="twice"></span><span id="twice"></span>'
        '<label class="md-nav__title" for="nowhere">x</label></article>', 1), encoding="utf-8")
    image = tmp_path / "images" / "broken.svg"
    image.parent.mkdir()
    svg = next((site / "images").glob("*.svg")).read_text(encoding="utf-8")
    image.write_text(svg.replace("<svg ", '<svg made-up="1" ', 1), encoding="utf-8")

    problems, _ = check_html(tmp_path, THEME_ERRORS)

    expected = [
        ("basics/package/index.html", "Duplicate ID “twice”."),
        ("basics/package/index.html", "warning: The first occurrence of ID “twice” was here."),
        ("basics/package/index.html", "The value of the “for” attribute of the “label” element"),
        ("images/broken.svg", "Attribute “made-up” not allowed on element “svg”"),
    ]
    missing = [f"{f}: {m}" for f, m in expected
               if not any(p.startswith(f + ":") and m in p for p in problems)]
    assert not missing, "not reported: " + "; ".join(missing) + "\nreported:\n" + "\n".join(problems)
    assert len(problems) == len(expected), "\n".join(problems)
