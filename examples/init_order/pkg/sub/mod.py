print("выполняется pkg/sub/mod.py, __name__ =", __name__)
