from speller.dictionary import unknown_words

text = "Модуль и пакет лежат в одной папке"
print("Незнакомые слова:", unknown_words(text))
