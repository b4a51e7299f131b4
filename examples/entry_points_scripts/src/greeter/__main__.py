import sys

from greeter.cli import main

sys.exit(main())
