print("выполняется part_b/plugins/beta.py")
