import helpers  # свой модуль из папки проекта, не из дистрибутива
import ppshow  # модуль из дистрибутива Pretty-Print-Tools
import pptools  # пакет из того же дистрибутива

print(pptools.frame(helpers.GREETING))
ppshow.show("ppshow тоже работает")
