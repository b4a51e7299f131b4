import shop.broken
