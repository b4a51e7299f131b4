print("  загружается тяжёлый модуль imaging.filters")


def blur(image):
    return f"размытая {image}"
