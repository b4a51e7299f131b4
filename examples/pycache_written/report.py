print("report.py выполняется как", __name__)
