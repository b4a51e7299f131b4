import site

print("Пользовательский site-packages включён:", site.ENABLE_USER_SITE)

import greetlib

print(greetlib.hello())
