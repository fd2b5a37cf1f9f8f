"""Entry point of the frozen build: the same `main` as the `danggol` command."""

import sys

from danggol_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
