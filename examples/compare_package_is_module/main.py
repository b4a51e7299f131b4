import single
import tools
import tools.text

for module in (single, tools, tools.text):
    print(module.__name__, type(module).__name__, hasattr(module, "__path__"))

print(single.__file__)
print(tools.__file__)
print(tools.__path__)
