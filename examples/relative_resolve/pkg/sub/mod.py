import importlib.util

print("pkg/sub/mod.py: __name__ =", __name__, "| __package__ =", __package__)
print("__spec__.name =", __spec__.name, "| __spec__.parent =", __spec__.parent)

# Во что превратится имя после from в относительном импорте:
for target in [".", ".tools", "..", "..helpers"]:
    try:
        absolute = importlib.util.resolve_name(target, __package__)
    except ImportError as exc:
        absolute = "ImportError: " + str(exc)
    print("from", target, "→", absolute)
