import my_package.module1

my_package.module1.hello()
