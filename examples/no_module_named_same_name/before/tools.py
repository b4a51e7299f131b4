print("Выполняется модуль", __name__)

import tools.text

print(tools.text.shout("работает"))
