import sys

import counter

old = counter
old.total = 10

del sys.modules["counter"]
import counter

print(old is counter)
print("старый:", old.total, "новый:", counter.total)
print(sys.modules["counter"] is counter)
