import sys

from contacttracker.cli import main

sys.exit(main())
