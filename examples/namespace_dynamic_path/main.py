import sys

import company.tools

print("до:   ", list(company.tools.__path__))
try:
    import company.tools.drill
except ModuleNotFoundError as exc:
    print("ошибка:", exc)

sys.path.append("dist_c")  # третья «установка» появилась во время работы
print("после:", list(company.tools.__path__))
import company.tools.drill
