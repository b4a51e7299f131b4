print("Выполняется app.py, __name__ =", __name__)

from pages import render

TITLE = "Магазин"

if __name__ == "__main__":
    print(render("Главная"))
