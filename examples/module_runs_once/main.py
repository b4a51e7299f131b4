import sys

import report
import settings  # второй импорт: код settings.py уже не выполняется

print(report.title())
print(sys.modules["settings"])
print(sys.modules["settings"] is settings)
print(report.settings is settings)
