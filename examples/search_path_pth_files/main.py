import site
import sys

before = list(sys.path)
# Так же site при запуске обрабатывает site-packages: добавляет папку и читает её .pth.
site.addsitedir("mysite")

print("Новые папки в sys.path:")
for entry in sys.path:
    if entry not in before:
        print("   ", entry)

import extra_tools  # папка libs появилась в sys.path только сейчас
