from importlib.metadata import distributions


def providers(import_name):
    """Дистрибутивы, в top_level.txt которых есть это имя."""
    found = []
    for dist in distributions():
        top_level = dist.read_text("top_level.txt") or ""
        if import_name in top_level.split():
            found.append(dist.metadata["Name"])
    return found


for name in ["pptools", "ppshow", "helpers"]:
    print(name, "→", providers(name))
