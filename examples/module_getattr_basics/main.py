import settings

print(settings.DEBUG)
print(settings.TIMEOUT)
print(hasattr(settings, "COLOR"))
print(getattr(settings, "COLOR", "нет такого"))
