from importlib.resources import files


def hello(name):
    template = files(__name__).joinpath("hello.txt").read_text(encoding="utf-8")
    return template.strip().format(name=name)
