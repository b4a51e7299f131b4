print("выполняется regular/plugins/__init__.py")
