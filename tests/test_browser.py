"""Every built page opens in Chromium with no console error, no failed request and
no request outside the site's own origin."""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest

from browser import chromium, find_chromium, serve


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    try:
        import playwright  # noqa: F401
    except ImportError:
        executable = None
    if executable is None:
        reason = "no Chromium or Playwright: apt-get install chromium; pip install -r requirements-dev.txt"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)
    with chromium(executable) as b:
        yield b


def test_pages_load_only_from_their_origin(site, browser) -> None:
    problems = []
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    with serve(site) as base:
        origin = urlparse(base).netloc
        for page_path in pages:
            url = base + page_path.removesuffix("index.html")
            context = browser.new_context()
            page = context.new_page()
            page.on("request", lambda r: urlparse(r.url).netloc in (origin, "")
                    or problems.append(f"{page_path}: request outside the origin: {r.url}"))
            page.on("requestfailed", lambda r: problems.append(f"{page_path}: failed request: {r.url}"))
            page.on("console", lambda m: problems.append(f"{page_path}: console {m.type}: {m.text}")
                    if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(f"{page_path}: page error: {e}"))
            response = page.goto(url, wait_until="networkidle")
            if page_path != "404.html" and (response is None or response.status != 200):
                problems.append(f"{page_path}: HTTP {response.status if response else 'no response'}")
            context.close()
    assert not problems, "\n".join(problems)
