"""The bundle's entry point: the same `main()` as the `contacttracker` command."""

import multiprocessing
import sys

from contacttracker.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the mail sync reads a long folder in a process
    sys.exit(main())
