"""`python -m danggol_desktop` — the same entry point as the `danggol` command."""

import sys

from danggol_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
