import math

"""Эта строка стоит после import и строкой документации не считается."""

print("__doc__ =", __doc__)
print("pi =", math.pi)
