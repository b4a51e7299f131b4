import greeting

print(greeting.MESSAGE)
