"""Where things are in the repository: every test, harness module and tool takes paths from here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
MKDOCS_YML = ROOT / "mkdocs.yml"
OVERRIDES = DOCS / ".overrides"
# The Python the site serves to the browser: the transcript core (transcript.py, also imported
# by the tests) and the Pyodide emulator (runner.py).
SITE_PYTHON = DOCS / "assets" / "python"
TESTS = ROOT / "tests"
DATA = TESTS / "data"
# Expected differences of the in-browser runs, one .diff per transcript (test_browser_run.py).
BROWSER_RUNS = DATA / "browser_runs"
# Wheels pip installs from in examples (no network at test time): the list is committed,
# the folder is filled by .ci/run.
WHEELHOUSE_LIST = DATA / "wheelhouse.txt"
WHEELHOUSE = DATA / "wheels"
TOOLS = TESTS / "tools"
# npm packages the checks use (axe-core, vnu-jar, Lighthouse): tests/tools/package.json.
NODE_MODULES = TOOLS / "node_modules"
# The site's build step after MkDocs (example zips, Pyodide) and its npm package.
ASSETS_SCRIPT = ROOT / ".ci" / "site" / "assets.py"
PYODIDE_PACKAGE_JSON = ROOT / ".ci" / "site" / "package.json"
