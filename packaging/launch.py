"""The bundle's entry point: the same `main()` as the `contacttracker` command."""

import sys

from contacttracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
