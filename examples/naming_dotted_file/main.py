import config.prod

print(config.prod.DEBUG)
