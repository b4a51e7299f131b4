import state


def add_points(points):
    state.score += points
    print("score в state:", state.score)
