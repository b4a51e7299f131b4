import time

print("pdf: выполняется код модуля")
time.sleep(0.6)  # будто загружаем шрифты и большую библиотеку


def render(name):
    print("pdf:", name + ".pdf", "готов")
