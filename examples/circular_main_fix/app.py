print("Выполняется app.py, __name__ =", __name__)

from pages import render
from settings import TITLE

if __name__ == "__main__":
    print(render("Главная"))
    print("Заголовок:", TITLE)
