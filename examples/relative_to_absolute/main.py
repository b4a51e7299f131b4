from calc.cli_flat import main

main()
