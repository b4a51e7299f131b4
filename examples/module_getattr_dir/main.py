import imaging


def public(names):
    return [name for name in names if not name.startswith("_")]


print("dir:", public(dir(imaging)))
print("__dict__:", public(vars(imaging)))
imaging.filters
print("dir:", public(dir(imaging)))
