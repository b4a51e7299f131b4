import config

print(config.TIMEOUT)
print("TIMEOUT" in config.__dict__)
print(config.__dict__.get("TIMEOUT"))
print(config.timeout_via_module())
