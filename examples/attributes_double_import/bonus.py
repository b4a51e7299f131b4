import game


def add_points(points):
    game.score += points
    print("score в game:", game.score)
