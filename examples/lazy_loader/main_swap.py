from lazy import lazy_import

swap = lazy_import("swap")
try:
    print("main: VALUE =", swap.VALUE)
except ValueError as error:
    print("main: ValueError:", error)
