# Сторонняя библиотека для файлов Excel; в этом окружении её нет.
import openpyxl


def to_excel(products, path):
    book = openpyxl.Workbook()
    for product in products:
        book.active.append([product.name, product.price])
    book.save(path)
