import company.tools.hammer
import company.tools.saw

print("company:", list(company.__path__))
print("company.tools:", list(company.tools.__path__))
