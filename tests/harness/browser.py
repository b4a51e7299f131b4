"""Serve a built site on 127.0.0.1 and open it in Debian's Chromium (no browser download)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import shutil
import threading
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


# An init script: keeps the page's Content-Security-Policy violations in window.__csp (read it
# with csp_violations); the policy itself is in docs/.overrides/main.html.
WATCH_CSP = """window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));"""


def csp_violations(page) -> list[str]:
    return page.evaluate("() => window.__csp || []")


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def page_urls(site: Path, base: str) -> list[tuple[str, str]]:
    """(path in the site, URL under ``base``) for every HTML page of a built site."""
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return [(page, base + page.removesuffix("index.html")) for page in pages]


# Files that GitHub Pages sends gzip-compressed to a browser that accepts it: text, and
# WebAssembly (application/wasm is "compressible" in mime-db, which Pages follows; observed in
# maxence-charriere/go-app#866). Zip archives go as they are.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".map", ".wasm"}


@functools.lru_cache(maxsize=None)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), 6)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # A module worker needs a JavaScript type; WebAssembly streams only as application/wasm.
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def end_headers(self):
        # linkchecker waits 0.1-0.6 s between two requests to one host unless the server answers
        # with this header; then maxrequestspersecond in tests/data/linkcheckerrc applies.
        self.send_header("LinkChecker", "no-throttle")
        # What GitHub Pages sends: a browser may reuse a file for 10 minutes without asking, and
        # keeps the code it compiled from it (reader_profile).
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def do_GET(self):
        """Text files go gzip-compressed when the client accepts it, as GitHub Pages sends them."""
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (path.is_file() and path.suffix in COMPRESSED
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            body = _gzipped(path, path.stat().st_mtime_ns)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_error(self, code, message=None, explain=None):
        """A missing page gets the site's 404.html with status 404, as on GitHub Pages."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def serve(root: Path):
    """Serve ``root`` on a free port of 127.0.0.1; yield the base URL.

    Like GitHub Pages, a missing path gets ``404.html`` with status 404, and text files
    go gzip-compressed to a client that accepts it."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium(executable: str):
    from playwright.sync_api import sync_playwright

    # Playwright must not look for (or download) its own browsers.
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def reader_profile(browser, executable: str, folder: Path):
    """A second Chromium (``executable``, launched by ``browser``'s Playwright) with a profile in
    ``folder``, as a reader's browser; yields its context.

    A context from ``browser.new_context()`` is off the record: it keeps fetched files in memory
    but no compiled code, so every page that starts Pyodide compiles its WebAssembly and
    JavaScript anew (about 5 CPU seconds a start on this project's machines, 3 of them in V8's
    optimising compiler). A profile on disk keeps V8's code cache, as a reader's browser does:
    after the first start the optimised code is read back. Tests that start Python use its
    tabs (``profile_tab``); ``WATCH_CSP`` is on every page of it."""
    context = browser.browser_type.launch_persistent_context(
        folder, executable_path=executable, args=CHROMIUM_FLAGS)
    context.add_init_script(WATCH_CSP)
    try:
        yield context
    finally:
        context.close()


@contextlib.contextmanager
def profile_tab(context, origin: str):
    """A new tab of a ``reader_profile`` context. Closed at the end, after the storage of
    ``origin`` is cleared (what a test stored, such as a practice task's mark or the sandbox's
    project, must not reach the next test); the HTTP and code caches stay."""
    page = context.new_page()
    try:
        yield page
    finally:
        try:
            session = context.new_cdp_session(page)
            session.send("Storage.clearDataForOrigin", {
                "origin": origin.rstrip("/"),
                "storageTypes": "cookies,local_storage,indexeddb,cache_storage,service_workers"})
            session.detach()
        finally:
            page.close()


def click_run(page, example: str, transcript: str | None = None, timeout: int = 120_000,
              trace: bool = False):
    """Press «Запустить» (``trace``: «Как шёл импорт») under the first transcript block of
    ``example`` (``transcript``: its path inside the example) and wait until the run is done or
    failed; return the panel.

    The button is pressed by script, as a reader would after opening the tab or the
    collapsed note it may sit in."""
    selector = f'.run-panel[data-example="{example}"]'
    if transcript is not None:
        selector += f'[data-transcript="{transcript}"]'
    panel = page.locator(selector).first
    button = "button.run-trace-go" if trace else "button:not(.run-trace-go)"
    page.locator(f'{button}[aria-controls="{panel.get_attribute("id")}"]').evaluate("b => b.click()")
    page.wait_for_function("p => p.dataset.state === 'done' || p.dataset.state === 'error'",
                           arg=panel.element_handle(), timeout=timeout)
    return panel


# What a page loads, by kind; the search index apart (Material's search/search_index.json).
KINDS = ("html", "css", "js", "font", "image", "other")


def kind(url: str, content_type: str) -> str:
    path = urlparse(url).path
    if path.endswith("search_index.json"):
        return "search index"
    for name, marks in (("html", ("text/html",)), ("css", ("text/css",)),
                        ("js", ("javascript",)), ("font", ("font", "woff")),
                        ("image", ("image/",))):
        if any(m in content_type for m in marks):
            return name
    return "other"


def size(response) -> tuple[str, int, int] | None:
    """A response's kind and bytes: uncompressed, and as GitHub Pages sends it (text
    gzip-compressed); None for a response without a body (a redirect, an aborted request)."""
    try:
        body = response.body()
    except Exception:
        return None
    compressible = Path(urlparse(response.url).path or "/index.html").suffix in COMPRESSED | {""}
    return (kind(response.url, response.headers.get("content-type", "")), len(body),
            len(gzip.compress(body, 6)) if compressible else len(body))


def weigh(browser, url: str, **context_options) -> tuple[dict, dict, list[str]]:
    """Load ``url`` in a fresh context until the network is idle.

    Returns bytes by kind (uncompressed, and gzip-compressed as GitHub Pages sends text
    files) and the URLs of requests that left the origin or failed."""
    origin = urlparse(url).netloc
    raw, packed, foreign = defaultdict(int), defaultdict(int), []
    context = browser.new_context(**context_options)
    page = context.new_page()

    def on_response(response):
        if urlparse(response.url).netloc != origin:
            foreign.append(response.url)
            return
        measured = size(response)
        if measured:
            k, uncompressed, sent = measured
            raw[k] += uncompressed
            packed[k] += sent

    page.on("response", on_response)
    page.on("requestfailed", lambda request: foreign.append("FAILED " + request.url))
    page.goto(url, wait_until="networkidle")
    context.close()
    return raw, packed, foreign
