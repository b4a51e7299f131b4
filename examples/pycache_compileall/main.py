import helper
import tools.text

print(helper.greet(tools.text.shout("Аня")))
