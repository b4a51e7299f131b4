# Pretty-Print-Tools — имя дистрибутива, а не пакета
import pretty_print_tools
