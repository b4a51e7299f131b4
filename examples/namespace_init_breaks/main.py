import company.tools

print("company:", list(company.__path__))
print("company.tools:", list(company.tools.__path__))
import company.tools.saw
import company.tools.hammer
