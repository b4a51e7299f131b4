from storage import *

print(save(1))
