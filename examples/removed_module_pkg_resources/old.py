# Два частых вызова pkg_resources.
import pkg_resources

print(pkg_resources.get_distribution("setuptools").version)
print(pkg_resources.resource_string("greetings", "hello.txt").decode("utf-8"), end="")
