import runpy

result = runpy.run_path("scripts/build-report.py")
print("вернулся словарь, TOTAL =", result["TOTAL"])

runpy.run_path("scripts/build-report.py", run_name="__main__")
