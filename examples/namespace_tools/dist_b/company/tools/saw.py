def cut():
    return "вжик"
