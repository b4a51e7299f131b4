print("__name__ =", repr(__name__), "| __package__ =", repr(__package__))
