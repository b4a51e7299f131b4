import checks

print("__debug__ =", __debug__)
print("docstring:", checks.half.__doc__)
try:
    print("half(3) =", checks.half(3))
except AssertionError as exc:
    print("assert сработал:", exc)
