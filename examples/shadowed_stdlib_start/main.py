from string import words

text = "Кот, кот и ещё раз кот! А пёс? Пёс спит."
found = words(text)
print("Слов:", len(found))
print("«кот» встречается", found.count("кот"), "раза")
