print("helper найден в", __spec__.origin)
