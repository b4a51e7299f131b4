"""Benchmark (not a test): build time, bytes each page loads, and the test suite's time.

    python tests/benchmark.py            # build 3 times, weigh every page
    python tests/benchmark.py --tests    # also time `python -m pytest tests`

Page weight is measured in Debian's Chromium: every response a page receives
until the network is idle, uncompressed, and gzip-compressed as GitHub Pages
would serve it. The search index is counted apart from the rest.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).parent))
import site_checks  # noqa: E402
from browser import chromium, find_chromium, page_urls, serve  # noqa: E402
from transcripts import ROOT  # noqa: E402


def build(site: Path) -> float:
    start = time.perf_counter()
    proc = site_checks.build(ROOT, site)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return elapsed


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


def weigh(site: Path, chromium_path: str) -> list[tuple[str, dict, dict, list]]:
    rows = []
    with serve(site) as base, chromium(chromium_path) as browser:
        origin = urlparse(base).netloc
        for page_path, url in page_urls(site, base):
            context = browser.new_context()
            page = context.new_page()
            raw, packed, foreign = defaultdict(int), defaultdict(int), []

            def on_response(response):
                if urlparse(response.url).netloc != origin:
                    foreign.append(response.url)
                    return
                try:
                    body = response.body()
                except Exception:  # a redirect or an aborted request has no body
                    return
                k = kind(response.url, response.headers.get("content-type", ""))
                raw[k] += len(body)
                packed[k] += len(gzip.compress(body, 6))

            page.on("response", on_response)
            page.on("requestfailed", lambda request: foreign.append("FAILED " + request.url))
            page.goto(url, wait_until="networkidle")
            context.close()
            rows.append((page_path, raw, packed, foreign))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tests", action="store_true", help="also time the whole test suite")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = [build(site) for _ in range(3)]
        print(f"mkdocs build --strict: median {statistics.median(times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
        chromium_path = find_chromium()
        if chromium_path is None:
            print("no Chromium found: page weights skipped (apt-get install chromium)")
        else:
            kinds = ["html", "css", "js", "font", "image", "other"]
            print()
            print("| page | " + " | ".join(kinds) + " | total | gzip | search index (gzip) | foreign |")
            print("|---" * (len(kinds) + 5) + "|")
            for page_path, raw, packed, foreign in weigh(site, chromium_path):
                total = sum(raw[k] for k in kinds)
                gz = sum(packed[k] for k in kinds)
                cells = " | ".join(f"{raw[k] / 1024:.1f}" for k in kinds)
                print(f"| {page_path} | {cells} | {total / 1024:.1f} KiB | {gz / 1024:.1f} KiB | "
                      f"{raw['search index'] / 1024:.1f} ({packed['search index'] / 1024:.1f}) KiB | "
                      f"{len(foreign)} |")
                for url in foreign:
                    print(f"  foreign request: {url}")
    if args.tests:
        start = time.perf_counter()
        status = subprocess.run([sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider"],
                                cwd=ROOT).returncode
        print(f"\npython -m pytest tests: {time.perf_counter() - start:.1f} s (exit {status})")


if __name__ == "__main__":
    main()
