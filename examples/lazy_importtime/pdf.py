import time

time.sleep(0.6)  # будто загружаем шрифты и большую библиотеку


def render(name):
    print("PDF", name, "готов")
