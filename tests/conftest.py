"""Options, fixtures and markers shared by the test suite.

Test files are named by the layer they check, and each gets that layer's marker:
test_examples*.py → examples (transcripts in CPython), test_site_*.py → site (sources and the
built site, no browser), test_browser_*.py → browser (Chromium). The quick loop is
`python -m pytest tests -m "not browser"`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys

import pytest

from harness import page_visits, require, site_checks
from harness.browser import chromium, find_chromium, profile_tab, reader_profile, serve
from harness.cpython import Interpreter
from harness.paths import EXAMPLES, ROOT

LAYERS = ("examples", "site", "browser")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("transcripts")
    group.addoption(
        "--update-transcripts", action="store_true",
        help="rewrite transcripts with what Python printed (review the diff before committing)",
    )
    group.addoption(
        "--update-browser-runs", action="store_true",
        help="rewrite tests/data/browser_runs/ with how the browser runs differ from the transcripts",
    )
    group.addoption(
        "--python", action="append", default=[], metavar="PATH",
        help="interpreter to run the examples with (repeatable); default: $TRANSCRIPT_PYTHONS, "
             "else the one running pytest",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its layer, from its file name (test_<layer>…py)."""
    for item in items:
        name = item.path.name.removeprefix("test_")
        layer = next((layer for layer in LAYERS if name.startswith(layer)), None)
        assert layer is not None, f"{item.path.name}: name test files test_<layer>_….py, layer one of {LAYERS}"
        item.add_marker(layer)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "interpreter" in metafunc.fixturenames:
        interpreters = _interpreters(metafunc.config)
        metafunc.parametrize("interpreter", interpreters, ids=[i.tag for i in interpreters])


def _interpreters(config: pytest.Config) -> list[Interpreter]:
    """--python options, else TRANSCRIPT_PYTHONS (os.pathsep-separated), else this Python."""
    paths = config.getoption("--python")
    if not paths and os.environ.get("TRANSCRIPT_PYTHONS"):
        paths = os.environ["TRANSCRIPT_PYTHONS"].split(os.pathsep)
    found = {}
    for path in paths or [sys.executable]:
        interpreter = Interpreter.probe(path)
        found.setdefault(interpreter.version, interpreter)
    return [found[v] for v in sorted(found)]


def pytest_report_header(config: pytest.Config) -> str:
    return "examples run with: " + ", ".join(
        f"Python {i.version[0]}.{i.version[1]} ({i.path})" for i in _interpreters(config))


def _snapshot() -> dict[str, str]:
    return {
        str(p.relative_to(EXAMPLES)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(EXAMPLES.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="session", autouse=True)
def examples_stay_untouched(request):
    """Guard: no example writes into the repository (they run in temporary copies)."""
    before = _snapshot()
    yield
    if request.config.getoption("--update-transcripts"):
        return  # rewriting transcripts is the point of that run
    after = _snapshot()
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"files under examples/ changed during the tests: {changed}"


@pytest.fixture
def copy(tmp_path):
    """A throwaway copy of the site's sources (docs/, examples/, mkdocs.yml) to break."""
    src = tmp_path / "src"
    for name in ("docs", "examples"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")
    return src


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site as pages.yml publishes it: `mkdocs build --strict` with zero warnings, then
    `.ci/site/assets.py` (example zips; Pyodide, if `npm ci --prefix .ci/site` installed it)."""
    out = tmp_path_factory.mktemp("site")
    proc = site_checks.build(ROOT, out)
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "\n".join(warnings)
    assets = site_checks.add_assets(out)
    assert assets.returncode == 0, assets.stderr
    return out


@pytest.fixture(scope="session")
def pyodide_site(site):
    """The built site with Pyodide in it (needed by «Запустить»)."""
    require((site / "assets" / "pyodide" / "pyodide.mjs").is_file(),
            "Pyodide is not installed: npm ci --prefix .ci/site --ignore-scripts")
    return site


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright downloads no browser)."""
    executable = find_chromium()
    try:
        import playwright  # noqa: F401
    except ImportError:
        executable = None
    require(executable is not None,
            "no Chromium or Playwright: apt-get install chromium; pip install -r requirements-dev.txt")
    with chromium(executable) as b:
        yield b


@pytest.fixture(scope="session")
def profile(pyodide_site, browser, tmp_path_factory):
    """Chromium with a profile on disk, for the tests that start Python in the browser: V8's
    code cache makes every start after the first cheaper (harness/browser.py, reader_profile)."""
    with reader_profile(browser, find_chromium(), tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def tab(profile, served):
    """A new tab of ``profile``; the site's storage is cleared after the test."""
    with profile_tab(profile, served) as page:
        yield page


@pytest.fixture(scope="session")
def served(site):
    """Base URL of the built site, served on 127.0.0.1 (404.html for missing paths)."""
    with serve(site) as base:
        yield base


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, to inject into a page (harness/page_visits.py runs it)."""
    require(page_visits.AXE.is_file(), "axe-core is not installed: npm ci --prefix tests/tools --ignore-scripts")
    return page_visits.AXE.read_text(encoding="utf-8")

