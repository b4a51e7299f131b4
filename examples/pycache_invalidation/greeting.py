MESSAGE = "Добрый день"
