print("модуль nsdir.part")
