import importlib.metadata

mapping = importlib.metadata.packages_distributions()
for name in ["pptools", "ppshow", "pip", "helpers"]:
    print(name, "→", mapping.get(name))
