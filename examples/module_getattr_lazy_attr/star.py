from imaging import *

print("после import *")
print(filters.blur(open_image("cat.png")))
