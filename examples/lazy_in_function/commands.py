import time


def export(name):
    start = time.perf_counter()
    import pdf  # импорт здесь, а не в начале файла

    pdf.render(name)
    spent = int((time.perf_counter() - start) * 10) / 10  # вниз до 0,1 с
    print("export:", name, "за", spent, "с")
