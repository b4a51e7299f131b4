from shop import export
