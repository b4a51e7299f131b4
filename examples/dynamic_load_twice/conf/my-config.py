"""Настройки магазина. Имя файла с дефисом: `import my-config` не написать."""
print("выполняется my-config.py, __name__ =", __name__)

DEBUG = True
DATABASE = "sqlite:///shop.db"
