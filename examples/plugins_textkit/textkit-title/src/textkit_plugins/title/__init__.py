def transform(text):
    return text.title()
