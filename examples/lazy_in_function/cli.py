import sys

import commands

print("cli: старт, pdf в sys.modules:", "pdf" in sys.modules)
if sys.argv[1:] == ["export"]:
    commands.export("отчёт")
    commands.export("итоги")
else:
    print("Команды: export")
