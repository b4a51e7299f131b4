import math

import settings

try:
    math.COLOR
except AttributeError as exc:
    print("сообщение Python:", exc)

settings.COLOR
