import my_package

my_package.module1.hello()
