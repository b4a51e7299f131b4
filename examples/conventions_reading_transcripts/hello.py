import sys

print("Это stdout")
print("Это stderr", file=sys.stderr)
