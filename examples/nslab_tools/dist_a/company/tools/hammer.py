def hit():
    return "тук"
