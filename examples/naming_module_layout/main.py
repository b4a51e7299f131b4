import geometry

print(geometry.__doc__)
print(geometry.__all__, geometry.__version__)
print(geometry.circle_area.__annotations__)
