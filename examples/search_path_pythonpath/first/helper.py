print("Импортирован helper из папки first")
