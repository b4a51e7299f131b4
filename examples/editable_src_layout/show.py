import sysconfig

import greeter

print(greeter.greet("Аня"))
# Путь к site-packages содержит версию Python (python3.11), поэтому
# печатаем его коротко: <site-packages>.
site_packages = sysconfig.get_path("purelib")
print(greeter.__file__.replace(site_packages, "<site-packages>"))
