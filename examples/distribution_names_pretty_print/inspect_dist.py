from importlib.metadata import PackageNotFoundError, distribution, files, version

print("Версия:", version("Pretty-Print-Tools"))
for name in ["pretty_print_tools", "PRETTY-PRINT-TOOLS", "Pretty.Print.Tools"]:
    try:
        print(name, "→", distribution(name).metadata["Name"])
    except PackageNotFoundError:
        print(name, "→ PackageNotFoundError")

meta = distribution("pretty-print-tools").metadata
print("Metadata-Version:", meta["Metadata-Version"])
print("Import-Name:", meta.get_all("Import-Name"))
print("top_level.txt:", distribution("pretty-print-tools").read_text("top_level.txt").split())

print("Файлы дистрибутива:")
for path in files("pretty-print-tools"):
    if "__pycache__" not in str(path):  # байт-код зависит от версии Python
        print("   ", path)

try:
    version("pptools")
except PackageNotFoundError:
    print("version('pptools'): PackageNotFoundError — это имя пакета, а не дистрибутива")
