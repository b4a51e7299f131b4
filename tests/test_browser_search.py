"""The site's search, typed into the real search box in Chromium, finds the intended section in
the top 3 results: inflected Russian words in any case, English terms and error messages pasted
whole. How inflection works: docs/assets/javascripts/workers/search-inflection.js."""

from __future__ import annotations

from urllib.parse import unquote, urlparse

import pytest

# (what a reader types, the page — and optionally its section — that must be among the first
# three results). Each query names its reason to exist in a comment where it is not obvious.
QUERIES = [
    # Russian, forms that do not occur literally in the titles.
    ("модулей", "basics/module/"),
    ("модулем", "basics/module/"),
    ("пакетов", "basics/package/"),
    ("Пакеты", "basics/package/"),
    ("импортировать", "errors/module-has-no-attribute/#подмодуль-не-импортирован"),
    ("циклического импорта", "import/circular/"),
    ("ЦИКЛИЧЕСКИЕ ИМПОРТЫ", "import/circular/"),
    ("относительные импорты", "import/relative/"),
    ("Относительного импорта", "import/relative/"),
    ("путь поиска модулей", "import/search-path/"),
    ("пакетов пространства имён", "internals/namespace/"),
    ("пакеты пространства имен", "internals/namespace/"),  # «е» вместо «ё»
    ("кэш модулей", "import/cache/"),
    ("байт-кода", "import/pycache/"),
    ("виртуального окружения", "projects/venv/"),
    ("ленивых импортов", "internals/lazy/"),
    ("динамического импорта", "internals/dynamic/"),
    ("консольных команд", "projects/entry-points/"),
    ("искателей и загрузчиков", "internals/machinery/"),
    ("файлов данных", "internals/resources/"),
    ("установки в режиме редактирования", "projects/editable/"),
    ("запуск модуля как скрипта", "import/running/"),
    ("моду", "basics/module/"),  # a word still being typed: found by its beginning
    # English terms.
    ("namespace package", "reference/glossary/#пакет-пространства-имён"),
    ("editable install", "reference/glossary/#редактируемая-установка"),
    ("entry points", "projects/entry-points/"),
    ("PYTHONPATH", "import/search-path/#pythonpath"),
    ("sys.modules", "import/cache/"),
    ("__pycache__", "import/pycache/"),
    ("importlib.reload", "import/cache/"),
    ("LazyLoader", "internals/lazy/"),
    ("src layout", "projects/layout/"),
    # The traceback doctor and the import trace, by their names.
    ("разбор ошибки", "errors/doctor/"),
    ("как шёл импорт", "conventions/#как-шёл-импорт"),
    # Practice: the sandbox and the task list, by the words a reader would type.
    ("песочница", "practice/sandbox/"),
    ("задачи на импорт", "practice/"),
    # Error messages pasted whole.
    ("ImportError: attempted relative import with no known parent package",
     "errors/no-known-parent-package/"),
    ("ImportError: attempted relative import beyond top-level package",
     "errors/beyond-top-level-package/"),
    ("ModuleNotFoundError: No module named 'mypkg'", "errors/no-module-named/"),
    ("ImportError: cannot import name 'helper' from partially initialized module 'shop' "
     "(most likely due to a circular import) (/home/user/shop/__init__.py)",
     "errors/partially-initialized-module/"),
    ("ImportError: cannot import name 'x' from 'y'", "errors/cannot-import-name/"),
    ("AttributeError: module 'json' has no attribute 'loads'", "errors/module-has-no-attribute/"),
    ("error: externally-managed-environment", "errors/externally-managed-environment/"),
    ("error: The interpreter at `/usr` is externally managed, and indicates the following:",
     "errors/externally-managed-environment/"),
    ("/home/user/shop/.venv/bin/python: No module named pip",
     "errors/no-module-after-pip-install/#no-module-named-pip-в-окружении-uv"),
    ("uv add", "errors/no-module-after-pip-install/#после-uv-add"),
    ("uv run", "projects/uv/#проект-uv-init-uv-add-uv-run"),
    ("uv python find", "projects/uv/#как-uv-находит-python"),
    ("ModuleNotFoundError: No module named 'distutils'", "errors/removed-module/"),
    ("ModuleNotFoundError: No module named 'pkg_resources'", "errors/removed-module/"),
    ("ImportError: cannot import name 'StrEnum' from 'enum' (/usr/lib/python3.10/enum.py)",
     "errors/name-too-new/"),
    ("ERROR: Can not perform a '--user' install. User site-packages are not visible in this "
     "virtualenv.", "errors/no-module-after-pip-install/#пакет-в-пользовательском-site-packages"),
]

# The page's own scripts cannot be asked whether the search index is ready, so the test watches
# the search worker's messages: 1 = the index is built, 3 = a result (Material 9's message types).
WATCH_WORKER = """
(() => {
  const Original = window.Worker;
  window.__search = {ready: false, results: 0};
  function Worker(...args) {
    const worker = new Original(...args);
    worker.addEventListener("message", ev => {
      if (ev.data && ev.data.type === 1) window.__search.ready = true;
      if (ev.data && ev.data.type === 3) window.__search.results += 1;
    });
    return worker;
  }
  Worker.prototype = Original.prototype;
  window.Worker = Worker;
})();
"""

TOP = 3


@pytest.fixture(scope="module")
def search(served, browser):
    """Type a query into the search box; return the links of the first results, grouped by page."""
    page = browser.new_page()
    page.add_init_script(WATCH_WORKER)
    page.goto(served, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.focus()  # the index is fetched on the first sign of interest in the search
    page.wait_for_function("() => window.__search.ready", timeout=60_000)

    def run(query: str) -> list[list[str]]:
        box.fill("")
        box.focus()
        before = page.evaluate("() => window.__search.results")
        page.keyboard.insert_text(query)
        box.press("End")  # a key press is what starts the search
        page.wait_for_function(f"() => window.__search.results > {before}")
        page.wait_for_timeout(100)  # the result list is drawn after the message
        groups = page.eval_on_selector_all(
            ".md-search-result__list > .md-search-result__item",
            "items => items.map(i => [...i.querySelectorAll('a')].map(a => a.href))")
        return [[_location(href) for href in group] for group in groups]

    yield run
    page.close()


def _location(href: str) -> str:
    """http://127.0.0.1:1234/import/cache/?h=…#якорь → import/cache/#якорь"""
    url = urlparse(href)
    return unquote(url.path.lstrip("/")) + (f"#{unquote(url.fragment)}" if url.fragment else "")


def test_at_least_25_queries() -> None:
    assert len(QUERIES) >= 25


def test_search_finds_the_intended_section(search) -> None:
    problems = []
    for query, target in QUERIES:
        groups = search(query)
        top = [link for group in groups[:TOP] for link in group]
        if target not in top:
            shown = "; ".join(group[0] if group else "?" for group in groups[:TOP]) or "nothing"
            problems.append(f"{query!r}: {target} is not in the top {TOP} (found: {shown})")
    assert not problems, f"{len(problems)} of {len(QUERIES)} queries miss:\n" + "\n".join(problems)


def test_without_stemming_the_inflected_form_finds_nothing(search) -> None:
    """Why the inflection script exists. A query with its own «*» goes to lunr unchanged, the
    way Material sends every word: «модулей*» looks for stems that begin with «модулей» and
    finds nothing, while the same word typed plainly is reduced to its stem «модул»."""
    assert search("модулей*") == []
    assert "basics/module/" in [link for group in search("модулей")[:TOP] for link in group]


def test_index_is_fetched_only_when_the_search_is_wanted(served, browser) -> None:
    """search_index.json (2.4 MB) is not loaded with the page, only when the reader points at
    or focuses the search box; then the search works."""
    page = browser.new_page()
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "search_index.json" in r.url else None)
    page.goto(served + "basics/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert fetched == [], "the search index was fetched with the page"
    page.locator("input.md-search__input").hover()
    page.wait_for_load_state("networkidle")
    assert len(fetched) == 1
    page.locator("input.md-search__input").press_sequentially("пакетов")
    page.wait_for_selector(".md-search-result__item")
    page.close()
