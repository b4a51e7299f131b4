"""README.md's two commands, as a newcomer runs them on a fresh copy of the repository.

The serve command is run for real: on a copy of the tracked files it installs what it needs
(from PyPI and npm, the only network it may use), prepares the zips and Pyodide, and serves;
the test waits until the server answers and runs one example in Chromium. The test command is
the one .ci/run ends with (this suite runs inside it, so it is not started again here).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from harness.browser import click_run
from harness.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SERVE_WAIT = 600  # s: a bound for a fresh install (pip, npm) before the server answers


def _commands() -> list[str]:
    return re.findall(r"^\$ (.+)$", README, flags=re.M)


def test_readme_shows_two_commands_and_ci_runs_the_test_command() -> None:
    assert _commands() == ["bash .ci/serve", "bash .ci/run"]
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\npython -m pytest tests || status=$?\n" in run
    assert "`python -m pytest tests`" in README


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fresh_copy(target: Path) -> None:
    """The files git tracks or would track, as they are in the work tree: a clone, with the
    uncommitted edits (in CI the work tree is a clean clone)."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(source.read_bytes())
            (target / name).chmod(source.stat().st_mode)


def test_serve_command_gives_working_run_buttons(tmp_path, browser) -> None:
    clone = tmp_path / "clone"
    _fresh_copy(clone)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env["PYTHON"] = sys.executable
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(["bash", ".ci/serve", "-a", f"127.0.0.1:{port}"], cwd=clone, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + SERVE_WAIT
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                with urllib.request.urlopen(base + "basics/module/", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(1)
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "basics/module/", wait_until="networkidle")
        panel = click_run(page, "module_first")
        status = panel.locator(".run-status").inner_text()
        assert panel.get_attribute("data-state") == "done", status
        assert "Привет, Аня!" in panel.locator(".run-output").inner_text()
        download = page.locator("a.run-download").first.get_attribute("href")
        with urllib.request.urlopen(download, timeout=10) as response:
            assert response.status == 200 and response.read(2) == b"PK"
        context.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
