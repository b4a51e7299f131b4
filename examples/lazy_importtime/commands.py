import export


def run(name):
    export.save(name)
