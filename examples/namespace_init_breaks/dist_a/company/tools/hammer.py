print("выполняется dist_a/company/tools/hammer.py")
