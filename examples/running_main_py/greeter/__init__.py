print("greeter/__init__.py: __name__ =", repr(__name__))
