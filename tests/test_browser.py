"""Every built page opens in Chromium with no console error, no failed request and
no request outside the site's own origin."""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest

from browser import chromium, find_chromium, page_urls, serve


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
    with serve(site) as base:
        origin = urlparse(base).netloc
        for page_path, url in page_urls(site, base):
            context = browser.new_context()
            page = context.new_page()

            def on_request(request, page_path=page_path):
                if urlparse(request.url).netloc not in (origin, ""):
                    problems.append(f"{page_path}: request outside the origin: {request.url}")

            def on_console(message, page_path=page_path):
                if message.type in ("error", "warning"):
                    problems.append(f"{page_path}: console {message.type}: {message.text}")

            page.on("request", on_request)
            page.on("requestfailed", lambda r, p=page_path: problems.append(f"{p}: failed request: {r.url}"))
            page.on("console", on_console)
            page.on("pageerror", lambda e, p=page_path: problems.append(f"{p}: page error: {e}"))
            response = page.goto(url, wait_until="networkidle")
            if page_path != "404.html" and (response is None or response.status != 200):
                problems.append(f"{page_path}: HTTP {response.status if response else 'no response'}")
            context.close()
    assert not problems, "\n".join(problems)
