lazy from json import dumps  # синтаксис из PEP 810 (Python 3.15)

print(dumps({"lazy": True}))
