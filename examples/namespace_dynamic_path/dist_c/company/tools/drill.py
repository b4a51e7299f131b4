print("выполняется dist_c/company/tools/drill.py")
