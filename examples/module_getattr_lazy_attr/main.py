import imaging

print("imaging загружен")
print(imaging.open_image("cat.png"))
print("dir:", [name for name in dir(imaging) if not name.startswith("_")])
print("filters в __dict__:", "filters" in vars(imaging))
print(imaging.filters.blur("cat.png"))
print("filters в __dict__:", "filters" in vars(imaging))
print(imaging.filters.blur("dog.png"))
