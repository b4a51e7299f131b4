import pkgutil

import company.tools

print("в company.tools:", [m.name for m in pkgutil.iter_modules(company.tools.__path__)])
print("в company:", [m.name for m in pkgutil.iter_modules(company.__path__)])
print("walk_packages:", [m.name for m in pkgutil.walk_packages(company.__path__, "company.")])
