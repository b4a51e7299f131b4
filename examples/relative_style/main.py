from textkit import stats, words

print(words.split_words("  Модули   И ПАКЕТЫ  "))
print(stats.count_words("  Модули   И ПАКЕТЫ  "))
# Оба модуля получили одну и ту же функцию из textkit.clean:
print(words.normalize is stats.normalize)
