from lazy import lazy_import

broken = lazy_import("broken")
print("main: импорт прошёл без ошибок")
print("main: TIMEOUT =", broken.TIMEOUT)
