"""Запускает python -X importtime -c "import app" и показывает строки наших модулей."""
import os
import subprocess
import sys

OUR_MODULES = {"app", "settings", "commands", "export", "pdf"}
STEP = 300_000  # 0,3 секунды в микросекундах: обе задержки примера ему кратны

command = [sys.executable, "-X", "importtime", "-c", "import app"]
env = None
if sys.argv[1:] == ["--env"]:  # то же самое через переменную окружения
    command = [sys.executable, "-c", "import app"]
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")

result = subprocess.run(command, env=env, capture_output=True, text=True)
slowest = None
for line in result.stderr.splitlines():  # -X importtime пишет в stderr
    if not line.startswith("import time:"):
        continue
    self_us, cumulative_us, name = line[len("import time:"):].split("|")
    if "[us]" in self_us:  # строка-заголовок: её текст постоянный
        print(line)
        continue
    if name.strip() not in OUR_MODULES:  # стандартная библиотека и прочее
        continue
    self_us, cumulative_us = int(self_us), int(cumulative_us)
    if slowest is None or self_us > slowest[0]:
        slowest = (self_us, name.strip())
    # Округляем вниз до 0,3 с: точные микросекунды меняются от запуска к запуску.
    print("import time: {:9d} | {:10d} |{}".format(
        self_us // STEP * STEP, cumulative_us // STEP * STEP, name))
print("Больше всего собственного времени:", slowest[1])
