from lazy import lazy_import

lazy_import("heavy")
print("main: перед from heavy import compute")
from heavy import compute  # noqa: E402

print("main: после from; compute ещё не вызывали")
print("main: compute() =", compute())
