try:
    from textkit.slugs import slugify  # textkit 2.0 и новее
except ImportError:
    from textkit import slugify  # textkit 1.x

print(slugify("Модули и пакеты"))
