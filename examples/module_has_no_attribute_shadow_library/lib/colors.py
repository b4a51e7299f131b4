# Стоит вместо установленной библиотеки colors из site-packages.
RED = "#ff0000"
