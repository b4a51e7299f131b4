print("zipped загружен из", __spec__.origin)
