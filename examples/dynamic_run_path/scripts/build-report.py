"""Скрипт, который обычно запускают как `python scripts/build-report.py`."""
TOTAL = 120 + 80
print("build-report.py: __name__ =", __name__)

if __name__ == "__main__":
    print("отчёт: итого", TOTAL)
