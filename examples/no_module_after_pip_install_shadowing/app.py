# Какой это язык? pygments подбирает лексер по имени файла.
from pygments.lexers import get_lexer_for_filename

print(get_lexer_for_filename("app.py").name)
