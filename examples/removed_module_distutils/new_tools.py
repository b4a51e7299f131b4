# То же без distutils.
import shutil


def strtobool(text):
    """Замены в стандартной библиотеке нет: несколько строк своего кода."""
    text = text.lower()
    if text in ("y", "yes", "t", "true", "on", "1"):
        return True
    if text in ("n", "no", "f", "false", "off", "0"):
        return False
    raise ValueError(f"не похоже на да или нет: {text!r}")


print(shutil.copytree("data", "backup", dirs_exist_ok=True))
print(strtobool("yes"))
