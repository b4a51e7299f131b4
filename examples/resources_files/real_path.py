from importlib.resources import as_file, files

resource = files("greetings") / "hello.txt"
with as_file(resource) as path:
    # path — настоящий путь на диске: его можно отдать любой функции,
    # которой нужно имя файла, например open()
    print("внутри with: файл есть:", path.exists())
    print("лежит в папке пакета:", path.parent.name == "greetings")
    with open(path, encoding="utf-8") as f:
        print("прочитано:", f.read(), end="")
print("после with: файл есть:", path.exists())
