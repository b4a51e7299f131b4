from lazy import lazy_import

try:
    lazy_import("nosuch")
except ModuleNotFoundError as error:
    print("main: ошибка сразу, при вызове lazy_import:", error)
