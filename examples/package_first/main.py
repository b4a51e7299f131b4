from my_package import module1, module2

module1.hello()
module2.goodbye()
