"""Показывает, что лежит в папке окружения: python show_env.py ПАПКА."""
import os
import platform
import sys

env = sys.argv[1]
full_version = platform.python_version()               # например, 3.11.7
short_version = "{}.{}".format(*sys.version_info[:2])  # например, 3.11


def hide_version(text):
    """Заменяет номер версии на X.Y: у вас он свой."""
    text = text.replace("= " + full_version, "= X.Y.Z")
    for program in ("python", "pip"):
        text = text.replace(program + short_version, program + "X.Y")
    return text


print(env + "/:", *sorted(os.listdir(env)))
programs = [
    name for name in sorted(os.listdir(os.path.join(env, "bin")))
    if name.lower().startswith(("python", "pip", "activate"))
]
print(env + "/bin/:", *[hide_version(name) for name in programs])
print(env + "/pyvenv.cfg:")
with open(os.path.join(env, "pyvenv.cfg"), encoding="utf-8") as cfg:
    for line in cfg:
        print("   ", hide_version(line.rstrip("\n")))
