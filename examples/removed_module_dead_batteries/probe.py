# Какие модули из удалённых ещё есть в этом Python.
import importlib
import warnings

# В 3.10–3.14 многие из них при импорте предупреждают, что их удалят: здесь это не нужно.
warnings.simplefilter("ignore", DeprecationWarning)

NAMES = ["distutils", "imp", "asynchat", "asyncore", "smtpd",  # удалены в 3.12
         "cgi", "imghdr", "pipes", "telnetlib", "lib2to3",    # удалены в 3.13
         "sre_parse"]                                         # удалён в 3.15

for name in NAMES:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as error:
        print(f"{name:10} {error}")
    else:
        print(f"{name:10} есть")
