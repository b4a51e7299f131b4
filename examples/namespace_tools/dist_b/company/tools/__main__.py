from company.tools import hammer, saw

print("company.tools запущен как программа:", hammer.hit(), saw.cut())
