print("duo — пакет duo/")
