from . import module1
