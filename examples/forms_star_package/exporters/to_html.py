print("Выполняется", __name__)


def export(rows):
    return "<table>...</table>"
