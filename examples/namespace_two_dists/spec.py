import importlib.util
import sys

spec = importlib.util.find_spec("company.tools")
print("импортированы:", sorted(name for name in sys.modules if name.startswith("company")))
print("origin:", spec.origin)
print("submodule_search_locations:", list(spec.submodule_search_locations))
print("loader:", spec.loader)

import company.tools  # noqa: E402

print("после импорта loader:", type(company.tools.__spec__.loader).__name__)
