print("Импортирован extra_tools из папки libs")
