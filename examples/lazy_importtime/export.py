import pdf


def save(name):
    pdf.render(name)
