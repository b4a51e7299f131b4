print("выполняется dist_b/company/tools/__init__.py")
