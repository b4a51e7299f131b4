# Так пакетом хотят пользоваться: имена фигур — прямо из geometry
from geometry import Circle, Square

for shape in [Circle(1), Square(3)]:
    print(type(shape).__name__, shape.area())
