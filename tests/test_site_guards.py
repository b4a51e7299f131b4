"""Guards over the whole site: pages and examples stay tied together.

The second half proves each guard catches the defect it is for, on a broken copy.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from transcript import TranscriptError

from harness import site_checks, version_tabs
from harness.cpython import Interpreter, diff, run_transcript
from harness.paths import ROOT

PYTHON = Interpreter.probe(sys.executable)

# Blocks deliberately not taken from examples/ (marked <!-- fragment: … --> in the page).
# Adding one is a decision: list it here.
ALLOWED_FRAGMENTS: list[str] = []


def write_scratch(tmp_path: Path, files: dict[str, str]) -> Path:
    """Write a throwaway example (``files``: path → text) and return its folder."""
    example = tmp_path / "scratch"
    for name, text in files.items():
        (example / name).parent.mkdir(parents=True, exist_ok=True)
        (example / name).write_text(text, encoding="utf-8")
    return example


def run_scratch(tmp_path: Path, files: dict[str, str], transcript: str = "run.console") -> str:
    """Write a throwaway example (the transcript among ``files``) and run it."""
    example = write_scratch(tmp_path, files)
    return run_transcript(example / transcript, example, tmp_path / "home", PYTHON)


@pytest.mark.parametrize("check", site_checks.ALL_CHECKS, ids=lambda c: c.__name__)
def test_site(check) -> None:
    problems = check(ROOT)
    assert not problems, "\n".join(problems)


def test_version_tabs_match_the_variants() -> None:
    """Every transcript with variants is one tab set per page, labels computed from the matrix."""
    stale = version_tabs.stale_pages()
    assert not stale, (
        "version tabs differ from the transcript variants (run `python tests/tools/version_tabs.py`):\n"
        + "\n".join(diff(page.read_text(encoding="utf-8"), text, page) for page, text in stale.items()))


def test_a_new_variant_gets_its_tab(copy: Path) -> None:
    """Recording run.py315.console for a shown transcript makes its page stale."""
    page, shown = _page_embedding(copy, "run.console")
    variant = copy / shown.replace("run.console", "run.py315.console")
    variant.write_text("$ python -V\n", encoding="utf-8")
    new = version_tabs.rewrite(page.read_text(encoding="utf-8"), version_tabs.variants(copy / "examples"))
    assert '=== "Python 3.15 и новее"' in new and shown.replace("run.console", "run.py315.console") in new


def test_fragments_are_listed() -> None:
    assert site_checks.fragments(ROOT) == ALLOWED_FRAGMENTS


def _page_embedding(copy: Path, suffix: str) -> tuple[Path, str]:
    for page in site_checks.pages(copy):
        for path in site_checks.SNIPPET_ANYWHERE.findall(page.read_text(encoding="utf-8")):
            if path.endswith(suffix):
                return page, path
    raise AssertionError(f"no page embeds a {suffix} file")


def test_changed_byte_in_transcript_fails_with_diff(copy: Path, tmp_path: Path) -> None:
    _, path = _page_embedding(copy, ".console")
    transcript = copy / path
    text = transcript.read_text(encoding="utf-8")
    broken = text.rstrip("\n")[:-1] + ("X" if not text.rstrip("\n").endswith("X") else "Y") + "\n"
    transcript.write_text(broken, encoding="utf-8")
    actual = run_transcript(transcript, transcript.parent, tmp_path / "home", PYTHON)
    message = diff(broken, actual, transcript)
    assert f"--- {transcript} (transcript)" in message
    assert "\n-" + broken.splitlines()[-1] + "\n" in message
    assert "\n+" + text.splitlines()[-1] + "\n" in message


@pytest.mark.parametrize(("transcript", "error"), [
    ("$ rm -rf /\n", r"run\.console:1: команда 'rm' не поддерживается"),
    ('$ python -c "import sys; sys.exit(3)"\n', r"run\.console:1: .* exited with status 3, which the output"),
    ("$ cd ..\n", r"run\.console:1: cd \.\. выходит из папки примера"),
    ("$ ../../bin/python -V\n", r"run\.console:1: \.\./\.\./bin/python лежит вне папки примера"),
    ("Привет\n$ python -V\n", r"run\.console: строка 1: транскрипт терминала начинается с команды '\$ '"),
], ids=["unknown-command", "unshown-exit-status", "cd-outside", "python-outside", "output-first"])
def test_bad_transcript_is_refused(tmp_path: Path, transcript: str, error: str) -> None:
    with pytest.raises(TranscriptError, match=error):
        run_scratch(tmp_path, {"run.console": transcript})


def test_a_command_leaves_nothing_running(tmp_path: Path) -> None:
    """A background grandchild holding the output pipe is killed when the command ends."""
    script = ("import subprocess, sys; "
              "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); "
              "open('pid.txt', 'w').write(str(p.pid)); print('запущен')")
    out = run_scratch(tmp_path, {"run.console": f'$ python -c "{script}"\n'})
    assert out.endswith("запущен\n")
    pid = int((tmp_path / "home" / "examples" / "scratch" / "pid.txt").read_text())
    status = Path(f"/proc/{pid}/status")
    for _ in range(50):  # it may still be closing its files (that is how the pipe ended)
        if not status.exists() or "\nState:\tZ" in status.read_text():
            break
        time.sleep(0.1)
    else:
        raise AssertionError(f"the grandchild {pid} survived")


def test_a_command_cannot_write_a_huge_file(tmp_path: Path) -> None:
    script = "open('big', 'wb').write(bytes(300 * 2**20))"
    out = run_scratch(tmp_path, {"run.console": f'$ python -c "{script}"\n'})
    assert "OSError: [Errno 27] File too large" in out


def test_transcripts_that_begin_alike_share_the_state_not_the_checks(tmp_path: Path) -> None:
    """Snapshots: a transcript starts from what the first commands it shares with another left
    (the shared command, which logs each run outside the example, runs once), and every step is
    still checked: b.console shows the shared step's exit status with no `echo $?`, so it fails."""
    log = tmp_path / "runs.log"
    first = f"$ python -c \"open('{log}', 'a').write('x')\"\n"
    fail = "$ python -c \"raise SystemExit(2)\"\n"
    files = {"a.console": first + fail + "$ echo $?\n2\n",
             "b.console": first + fail + "$ python -c \"print('b')\"\nb\n",
             "c.console": first + "$ python -c \"print('c')\"\nc\n"}
    example, home = write_scratch(tmp_path, files), tmp_path / "home"
    others = [example / name for name in files]
    for name in ("a.console", "c.console"):
        assert run_transcript(example / name, example, home, PYTHON, others) == files[name]
        shutil.rmtree(home)  # each transcript starts in a fresh home folder, as in test_examples
    with pytest.raises(TranscriptError, match=r"b\.console:2: .* exited with status 2, which the output"):
        run_transcript(example / "b.console", example, home, PYTHON, others)
    assert log.read_text() == "x"


def test_example_without_transcript_is_named(copy: Path) -> None:
    (copy / "examples" / "lonely").mkdir()
    (copy / "examples" / "lonely" / "main.py").write_text("print(1)\n", encoding="utf-8")
    assert "examples/lonely: no transcript" in "\n".join(site_checks.check_examples_have_transcripts(copy))


def test_example_no_page_uses_is_named(copy: Path) -> None:
    (copy / "examples" / "lonely").mkdir()
    (copy / "examples" / "lonely" / "run.console").write_text("$ python -V\n", encoding="utf-8")
    assert "examples/lonely: no page embeds this example" in site_checks.check_examples_are_shown(copy)


def _add_example(copy: Path, name: str, page: str) -> None:
    (copy / "examples" / name).mkdir()
    (copy / "examples" / name / "run.console").write_text("$ python -V\n", encoding="utf-8")
    md = copy / "docs" / page
    md.write_text(md.read_text(encoding="utf-8") + f'\n```console title="{name}/run.console"\n'
                  f'--8<-- "examples/{name}/run.console"\n```\n', encoding="utf-8")


def test_example_named_after_another_page_is_named(copy: Path) -> None:
    _add_example(copy, "circular_stray", "basics/module.md")
    assert ("examples/circular_stray: named after docs/import/circular.md, which does not embed "
            "it (shown on: docs/basics/module.md)") in site_checks.check_example_names(copy)


def test_example_name_without_a_page_slug_is_named(copy: Path) -> None:
    _add_example(copy, "stray_example", "basics/module.md")
    problems = "\n".join(site_checks.check_example_names(copy))
    assert "examples/stray_example: the name starts with no page's slug" in problems


def test_longest_page_slug_decides(copy: Path) -> None:
    """module_getattr_… belongs to internals/module-getattr.md, not to basics/module.md."""
    _add_example(copy, "module_getattr_stray", "basics/module.md")
    problems = "\n".join(site_checks.check_example_names(copy))
    assert "examples/module_getattr_stray: named after docs/internals/module-getattr.md" in problems


def test_symlink_in_an_example_is_named(copy: Path) -> None:
    link = copy / "examples" / "module_first" / "secret.txt"
    link.symlink_to("/etc/hostname")
    assert site_checks.check_no_symlinks(copy) == [
        "examples/module_first/secret.txt: a symbolic link in an example; put the file itself there"]


def test_file_no_page_shows_is_named(copy: Path) -> None:
    page, path = _page_embedding(copy, ".console")
    extra = (copy / path).parent / "unshown.py"
    extra.write_text("print('never on a page')\n", encoding="utf-8")
    problems = site_checks.check_examples_are_shown(copy)
    assert f"{extra.relative_to(copy)}: no page embeds this file (add it with --8<--)" in problems


def test_untested_python_block_is_named(copy: Path) -> None:
    page = copy / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n```python\nprint('typed by hand')\n```\n",
                    encoding="utf-8")
    problems = "\n".join(site_checks.check_code_blocks(copy))
    assert "docs/index.md:" in problems and "must embed one file from examples/" in problems


@pytest.mark.parametrize("sentence, error", [
    ("Девятая команда печатает то же.", "commands"),
    ("Первая команда (`python -X nosuchflag`) печатает то же.", "is not that command"),
])
def test_wrong_command_ordinal_is_named(copy: Path, sentence: str, error: str) -> None:
    """Prose that counts commands must match the transcript shown above it."""
    page, path = _page_embedding(copy, "circular_error/run.console")
    text = page.read_text(encoding="utf-8")
    end = text.index(f'--8<-- "{path}"')
    end = text.index("```", end) + 3
    page.write_text(text[:end] + "\n\n" + sentence + "\n" + text[end:], encoding="utf-8")
    problems = "\n".join(site_checks.check_command_ordinals(copy))
    assert f"{page.relative_to(copy)}:" in problems and error in problems


def test_missing_snippet_is_named(copy: Path) -> None:
    page, path = _page_embedding(copy, ".py")
    (copy / path).unlink()
    assert f"{page.relative_to(copy)}: snippet {path!r} does not exist" in site_checks.check_snippets_exist(copy)


def test_wrong_tree_is_named(copy: Path) -> None:
    tree = next(b for page in site_checks.pages(copy) for b in site_checks.iter_blocks(page)
                if b.language == "text" and b.title.endswith("/"))
    (copy / "examples" / tree.title / "added.py").write_text("", encoding="utf-8")
    problems = "\n".join(site_checks.check_trees(copy))
    assert f"examples/{tree.title}added.py is missing from the tree" in problems


def test_interactive_transcript_runs_like_the_repl(tmp_path: Path) -> None:
    session = (
        ">>> import sys\n"
        ">>> sys.path[0]\n"
        "''\n"
        ">>> import helper\n"
        ">>> helper.value + 1\n"
        "43\n"
        ">>> for i in range(2):\n"
        "...     print(i)\n"
        "...\n"
        "0\n"
        "1\n"
        ">>> __name__\n"
        "'__main__'\n"
        ">>> sorted(name for name in dir() if not name.startswith('__'))\n"
        "['helper', 'i', 'sys']\n"
        ">>> 1 / 0\n"
    )
    actual = run_scratch(tmp_path, {"helper.py": "value = 42\n", "run.pycon": session}, "run.pycon")
    assert actual.startswith(session)
    tail = actual[len(session):].splitlines()
    assert tail[0] == "Traceback (most recent call last):"
    assert tail[1] == '  File "<stdin>", line 1, in <module>'
    assert tail[-1] == "ZeroDivisionError: division by zero"


@pytest.mark.parametrize("marker", [False, True], ids=["default", "writes-bytecode"])
def test_bytecode_is_written_only_when_the_example_asks(tmp_path: Path, marker: bool) -> None:
    files = {"helper.py": "",
             "run.console": '$ python -c "import helper, os; print(os.path.isdir(\'__pycache__\'))"\n'}
    if marker:
        files[".writes-bytecode"] = ""
    actual = run_scratch(tmp_path, files)
    assert actual.splitlines()[-1] == str(marker)


def test_paths_are_shown_as_the_placeholders(tmp_path: Path) -> None:
    actual = run_scratch(tmp_path, {"run.console":
        '$ python -c "import os, sys; print(sys.base_prefix, sys.prefix, os.getcwd(), sep=chr(10))"\n'})
    assert actual.splitlines()[1:] == ["/usr/local", "/home/user/.venv", "/home/user/examples/scratch"]


def test_a_python_the_example_made_can_run(tmp_path: Path) -> None:
    actual = run_scratch(tmp_path, {"run.console":
        "$ python -m venv --without-pip env\n"
        '$ env/bin/python -c "import sys; print(sys.prefix)"\n'})
    assert actual.splitlines()[-1] == "/home/user/examples/scratch/env"


def test_pip_installs_a_local_project_offline(tmp_path: Path) -> None:
    """pip in an example's own environment builds and installs from the wheelhouse only."""
    actual = run_scratch(tmp_path, {
        "src/hello_pkg/__init__.py": 'GREETING = "привет"\n',
        "pyproject.toml": '[build-system]\nrequires = ["setuptools>=61"]\n'
                          'build-backend = "setuptools.build_meta"\n\n'
                          '[project]\nname = "hello-pkg"\nversion = "0.1"\n',
        "run.console": "$ python -m venv env\n"
                       "$ env/bin/python -m pip install -q .\n"
                       '$ env/bin/python -c "import hello_pkg; print(hello_pkg.GREETING)"\n',
    })
    assert actual.splitlines()[-1] == "привет", actual
