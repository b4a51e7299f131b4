print("twin загружен из", __spec__.origin, "загрузчиком", type(__loader__).__name__)
