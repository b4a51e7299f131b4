print("pkg/sub/__init__.py: __name__ =", __name__, "| __package__ =", __package__)
