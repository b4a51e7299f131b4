print("выполняется pkg/__init__.py, __name__ =", __name__)
