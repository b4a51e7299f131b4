from shapes import Circle, Square

print("Площадь круга:", round(Circle(1).area(), 2))
print("Площадь квадрата:", Square(3).area())
