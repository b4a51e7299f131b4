print("выполняется dist_b/company/tools/saw.py")
