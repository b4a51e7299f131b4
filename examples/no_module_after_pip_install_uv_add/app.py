# Подсветка синтаксиса: пакет pygments ставится командой uv add.
from pygments import highlight
from pygments.formatters import NullFormatter
from pygments.lexers import PythonLexer

print(highlight("import sys", PythonLexer(), NullFormatter()), end="")
