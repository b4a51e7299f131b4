import greeting

greeting.hello()
