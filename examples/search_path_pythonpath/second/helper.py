print("Импортирован helper из папки second")
