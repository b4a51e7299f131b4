import config

print(config.timeout_as_global())
