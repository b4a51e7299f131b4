print("main.py: начало")

from users import User

print("main.py: конец")
