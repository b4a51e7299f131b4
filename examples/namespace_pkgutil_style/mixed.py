import company
import company.hammer
import company.level

print(company.__path__)
