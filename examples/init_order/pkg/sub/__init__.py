print("выполняется pkg/sub/__init__.py, __name__ =", __name__)
