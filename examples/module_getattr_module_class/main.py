import config

print(type(config))
print(config.level)
config.level = "DEBUG"
print(config.level)
config.level = "LOUD"
