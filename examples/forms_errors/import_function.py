import calc.add
