TITLE = "Магазин"
