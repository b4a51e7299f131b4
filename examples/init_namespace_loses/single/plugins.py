print("выполняется single/plugins.py")
