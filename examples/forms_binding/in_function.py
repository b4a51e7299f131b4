import sys


def load_settings():
    import json  # имя json связывается в локальных именах функции

    print("json в локальных именах:", "json" in locals())
    return json.loads('{"debug": true}')


print(load_settings())
print("json в глобальных именах:", "json" in globals())
print("json в sys.modules:", "json" in sys.modules)
