print("выполняется part_a/plugins/alpha.py")
