"""Benchmark (not a test): this site against a default Material build of the same docs/.

    python tests/tools/benchmark.py                  # Lighthouse on six typical pages, 3 runs each
    python tests/tools/benchmark.py --pages all      # Lighthouse on every page
    python tests/tools/benchmark.py --runs 5 --tests # 5 runs; also time `python -m pytest tests`
    python tests/tools/benchmark.py --pages all --runs 1 --ours-only   # every page of ours, once
    python tests/tools/benchmark.py --run-button     # «Запустить»: time to first output, bytes
    python tests/tools/benchmark.py --practice       # sandbox and a task: bytes before/after acting

In one run it
1. builds the site three times (`mkdocs build --strict`, median time);
2. builds the same docs/ with a default Material configuration: `theme: material` in Russian,
   default search, no palette, fonts, features, overrides, CSS or JS of ours, and the same
   Markdown extensions (the pages need them) — mkdocs.yml's `nav` and `markdown_extensions`
   sections, copied as they are;
3. serves both on 127.0.0.1 (gzip, as GitHub Pages) and weighs every page in Chromium;
4. runs Lighthouse (npm, tests/tools/package.json; mobile, its default) on the chosen pages of both
   sites, `--runs` times each, and prints the median scores.

Lighthouse uses Debian's Chromium (CHROME_PATH). Nothing leaves the machine: the default
build's Google Fonts requests fail (no internet here), which is reported in the table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import site_checks  # noqa: E402
from harness.browser import (CHROMIUM_FLAGS, KINDS, chromium, click_run, find_chromium,  # noqa: E402
                             page_urls, reader_profile, serve, weigh)
from harness.paths import NODE_MODULES, ROOT  # noqa: E402

LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Typical pages: the home page, a lesson with version tabs, the heaviest page, a page with a
# diagram, the longest list, and the 404 page.
TYPICAL = ["index.html", "basics/module/index.html", "errors/tests-not-found/index.html",
           "internals/machinery/index.html", "reference/glossary/index.html", "404.html"]
KIB = 1024


def build(site: Path) -> float:
    start = time.perf_counter()
    proc = site_checks.build(ROOT, site)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return elapsed


def section(config: str, key: str) -> str:
    """A top-level section of mkdocs.yml, as text: `key:` and its indented lines."""
    m = re.search(rf"^{key}:.*?(?=^\S)", config + "\nend:", re.M | re.S)
    if not m:
        sys.exit(f"mkdocs.yml has no {key} section")
    return m.group(0)


def build_default(tmp: Path) -> Path:
    """The same docs/ with Material's defaults (see the module docstring)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    default = tmp / "default.yml"
    default.write_text(
        "site_name: Модули и пакеты Python\n"
        "site_url: http://127.0.0.1:8000/\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        "theme:\n  name: material\n  language: ru\n"
        + section(config, "nav") + section(config, "markdown_extensions"),
        encoding="utf-8",
    )
    site = tmp / "default"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(default), "-d", str(site)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return site


def lighthouse(url: str, chrome: str) -> dict[str, float]:
    proc = subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
         "--only-categories=" + ",".join(CATEGORIES),
         "--chrome-flags=" + " ".join(CHROMIUM_FLAGS)],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": chrome}, timeout=300,
    )
    if proc.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["bytes"] = report["audits"]["total-byte-weight"]["numericValue"]
    return scores


def weights(site: Path, base: str, browser) -> dict[str, tuple[int, int, int]]:
    """page → (gzip bytes loaded on opening, search index included if it is loaded then;
    of them the search index; failed or foreign requests)"""
    found = {}
    for page_path, url in page_urls(site, base):
        raw, packed, foreign = weigh(browser, url)
        index = packed["search index"]
        found[page_path] = (sum(packed[k] for k in KINDS) + index, index, len(foreign))
    return found


# «Запустить» on typical examples: a one-file script, a package run with -m, a REPL session.
RUN_BUTTON = [("basics/module/", "module_first/run.console"),
              ("basics/package/", "package_first/run.console"),
              ("import/running/", "running_sys_path0/repl.pycon")]


@contextlib.contextmanager
def built_site():
    """The site with example zips and Pyodide, served on 127.0.0.1; yields its base URL."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        assets = site_checks.add_assets(site)
        if assets.returncode != 0:
            sys.exit(assets.stderr)
        with serve(site) as base:
            yield base


def run_button(runs: int) -> None:
    """Click «Запустить» in a fresh browser context (empty cache) and measure the time from the
    click to the output, and the bytes transferred (gzip where the server compresses, as
    GitHub Pages does); then click again (Pyodide already loaded). Last, the first click on each
    page again, in new tabs of a browser with a profile that has run an example once: a reader
    going on to the next lesson, whose browser kept the code it compiled."""
    with built_site() as base, chromium(find_chromium()) as browser:
        for page_url, rel in RUN_BUTTON:
            example, transcript = rel.split("/", 1)
            first, again, sent, by_file = [], [], [], {}
            for _ in range(runs):
                context = browser.new_context()
                page = context.new_page()
                page.goto(base + page_url, wait_until="networkidle")
                transferred = {}
                page.on("response", lambda r: transferred.__setitem__(
                    r.url, int(r.headers.get("content-length", 0))))
                for times in (first, again):
                    start = time.perf_counter()
                    panel = click_run(page, example, transcript)
                    times.append(time.perf_counter() - start)
                    if panel.get_attribute("data-state") != "done":
                        sys.exit(f"{rel}: {panel.locator('.run-status').inner_text()}")
                    if times is first:
                        sent.append(sum(transferred.values()))
                        by_file = {u.rsplit("/", 1)[-1]: n for u, n in transferred.items()}
                context.close()
            print(f"{page_url} {rel}: first output {statistics.median(first):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in first)}), "
                  f"again {statistics.median(again):.2f} s; "
                  f"transferred on the first run {statistics.median(sent) / 2**20:.2f} MiB")
        print("files on the first run (bytes as sent):")
        for name, n in sorted(by_file.items(), key=lambda x: -x[1]):
            print(f"  {n:>10}  {name}")
        # A reader going on to another lesson: a browser with a profile keeps the code it
        # compiled from Pyodide (the server sends Cache-Control as GitHub Pages does).
        with tempfile.TemporaryDirectory() as folder, \
                reader_profile(browser, find_chromium(), Path(folder)) as profile:
            warm = profile.new_page()  # the reader's first run: the caches fill (not measured)
            warm.goto(base + RUN_BUTTON[-1][0], wait_until="networkidle")
            click_run(warm, *RUN_BUTTON[-1][1].split("/", 1))
            warm.close()
            for page_url, rel in RUN_BUTTON:
                example, transcript = rel.split("/", 1)
                later = []
                for _ in range(runs):
                    page = profile.new_page()
                    page.goto(base + page_url, wait_until="networkidle")
                    start = time.perf_counter()
                    click_run(page, example, transcript)
                    later.append(time.perf_counter() - start)
                    page.close()
                print(f"{page_url} {rel}: first output on a later page of a browser with a profile "
                      f"{statistics.median(later):.2f} s (runs: {', '.join(f'{t:.2f}' for t in later)})")


PRACTICE_TASK = "practice/run-as-module/"


def practice(runs: int) -> None:
    """The sandbox and a practice task in a fresh browser context (empty cache): bytes transferred
    on opening the page, after opening the editor, after the first command or «Проверить»
    (Pyodide's start-up included), and the time from that click to its result."""
    steps = {
        "practice/sandbox/": ("Новый проект", ".sandbox-command input", "python main.py"),
        PRACTICE_TASK: ("Решать в браузере", None, None),
    }
    with built_site() as base, chromium(find_chromium()) as browser:
        for url, (open_label, box, line) in steps.items():
            rows = []
            for _ in range(runs):
                context = browser.new_context()
                page = context.new_page()
                sent = {}
                page.on("response", lambda r: sent.__setitem__(
                    r.url, int(r.headers.get("content-length", 0))))
                page.goto(base + url, wait_until="networkidle")
                opened = sum(sent.values())
                page.get_by_role("button", name=open_label).click()
                page.wait_for_selector("[data-ready=on] .sandbox-app")
                page.wait_for_load_state("networkidle")
                editor = sum(sent.values())
                start = time.perf_counter()
                if box:
                    page.locator(box).fill(line)
                    page.locator(box).press("Enter")
                    page.wait_for_selector(".sandbox-log .run-step", timeout=150_000)
                else:
                    page.get_by_role("button", name="Проверить").click()
                    page.wait_for_selector(".practice-task[data-check]", timeout=150_000)
                seconds = time.perf_counter() - start
                rows.append((opened, editor, sum(sent.values()), seconds))
                context.close()
            kib = [statistics.median(r[i] for r in rows) / 1024 for i in range(3)]
            print(f"{url}: on opening {kib[0]:.1f} KiB; after «{open_label}» {kib[1]:.1f} KiB; "
                  f"after the first {'command' if box else 'check'} {kib[2] / 1024:.2f} MiB, "
                  f"{statistics.median(r[3] for r in rows):.2f} s from the click")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default="typical", help="'typical' (six pages) or 'all'")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    parser.add_argument("--tests", action="store_true", help="also time the whole test suite")
    parser.add_argument("--ours-only", action="store_true",
                        help="run Lighthouse on our build only (e.g. every page, in half the time)")
    parser.add_argument("--practice", action="store_true",
                        help="the sandbox and a practice task: bytes before and after acting")
    parser.add_argument("--run-button", action="store_true",
                        help="only measure «Запустить»: time to first output and bytes")
    args = parser.parse_args()
    if args.run_button:
        run_button(args.runs)
        return
    if args.practice:
        practice(args.runs)
        return
    chrome = find_chromium()
    if chrome is None or not LIGHTHOUSE.is_file():
        sys.exit("needs Chromium (apt-get install chromium) and Lighthouse (npm ci --prefix tests/tools --ignore-scripts)")

    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "ours"
        times = [build(ours) for _ in range(3)]
        default = build_default(Path(tmp))
        print(f"mkdocs build --strict: median {statistics.median(times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times)})\n")

        with serve(ours) as ours_url, serve(default) as default_url:
            with chromium(chrome) as browser:
                w_ours = weights(ours, ours_url, browser)
                w_default = weights(default, default_url, browser)
            pages = sorted(w_ours) if args.pages == "all" else TYPICAL
            rows = []
            for page in pages:
                path = page.removesuffix("index.html")
                result = {}
                for name, base in (("ours", ours_url), ("default", default_url)):
                    if name == "default" and args.ours_only:
                        result[name] = {c: float("nan") for c in CATEGORIES}
                        continue
                    runs = [lighthouse(base + path, chrome) for _ in range(args.runs)]
                    result[name] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                rows.append((page, result))
                print(f"  lighthouse {page}: ours {result['ours']}, default {result['default']}",
                      file=sys.stderr)

    print(f"Lighthouse, mobile, median of {args.runs} runs — ours / default Material:\n")
    print("| page | performance | accessibility | best practices | SEO | KiB on opening (gzip) |")
    print("|---|---|---|---|---|---|")
    for page, r in rows:
        cells = " | ".join(f"{r['ours'][c]:.0f} / {r['default'][c]:.0f}" for c in CATEGORIES)
        kib = f"{w_ours[page][0] / KIB:.0f} / {w_default[page][0] / KIB:.0f}"
        print(f"| {page.removesuffix('index.html') or '/'} | {cells} | {kib} |")
    print()
    for name, w in (("ours", w_ours), ("default", w_default)):
        totals = sorted(v[0] for v in w.values())
        index = max(v[1] for v in w.values())
        failed = sum(v[2] for v in w.values())
        print(f"{name}: {len(w)} pages, gzip KiB loaded on opening a page: min {totals[0] / KIB:.0f}, "
              f"median {statistics.median(totals) / KIB:.0f}, max {totals[-1] / KIB:.0f} "
              f"(of them the search index: {index / KIB:.0f}); "
              f"failed or foreign requests: {failed}")

    if args.tests:
        start = time.perf_counter()
        status = subprocess.run([sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider"],
                                cwd=ROOT).returncode
        print(f"\npython -m pytest tests: {time.perf_counter() - start:.1f} s (exit {status})")


if __name__ == "__main__":
    main()
