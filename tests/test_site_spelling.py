"""Russian spell check of the prose in docs/ (tests/harness/spelling.py, Hunspell ru_RU + en_US).

A failure lists each unknown word with its page. Fix a typo in the page; add a real term to
tests/data/spelling-words.txt (sorted, one word per line, each inflected form separately).
"""

from __future__ import annotations

import subprocess
import sys

from harness import require
from harness import spelling as check
from harness.paths import ROOT


def test_docs_have_no_unknown_words() -> None:
    reason = check.missing_tools()
    require(reason is None, reason or "")
    result = subprocess.run([sys.executable, check.__file__], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8")
    assert result.returncode == 0, (result.stdout + result.stderr).strip()


def test_word_list_is_sorted_and_unique() -> None:
    problems = check.word_list_problems(check.read_word_list())
    assert not problems, "\n".join(problems)


def test_only_prose_is_checked(tmp_path: Path) -> None:
    """Code, embedded files, comments, URLs and paths are left out; prose and alt text are not."""
    page = tmp_path / "page.md"
    page.write_text(
        "---\n"
        "description: Описаниеслово для поиска.\n"
        "---\n\n"
        "# Заголовокслово\n\n"
        "Текстслово и `кодслово` рядом, ссылка [текстссылки](https://example.org/адресслово).\n"
        "Адрес https://example.org/голыйадрес и путь app/pathword.py, имя sys.dotword, папка example_word.\n\n"
        "<!-- комментслово -->\n\n"
        "```python title=\"examples/заголовокблока.py\"\n"
        "--8<-- \"examples/вставкаслово.py\"\n"
        "кодблокаслово = 1\n"
        "```\n\n"
        "=== \"Вкладкаслово\"\n\n"
        "    ```console\n"
        "    $ python вкладкакод.py\n"
        "    ```\n\n"
        "!!! note \"Врезкаслово\"\n\n"
        "    Внутриврезки.\n\n"
        "![Подписьслово](image.svg \"Титулслово\")\n",
        encoding="utf-8",
    )
    prose = check.page_prose(page, check.markdown_renderer())
    for word in ("Описаниеслово", "Заголовокслово", "Текстслово", "текстссылки", "Вкладкаслово",
                 "Врезкаслово", "Внутриврезки", "Подписьслово", "Титулслово"):
        assert word in prose, f"{word} is prose and must be checked:\n{prose}"
    for word in ("кодслово", "адресслово", "голыйадрес", "pathword", "dotword", "example_word", "комментслово",
                 "заголовокблока", "вставкаслово", "кодблокаслово", "вкладкакод"):
        assert word not in prose, f"{word} is not prose and must be left out:\n{prose}"
