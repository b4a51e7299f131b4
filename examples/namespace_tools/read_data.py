from importlib.resources import files

import company.tools

folder = files(company.tools)
print(sorted(item.name for item in folder.iterdir()))
print((folder / "hammer.txt").read_text(encoding="utf-8"), end="")
