"""Entry point of the frozen build: the same `main` as the `danggol` command. On Linux it first checks that the
system libraries Qt needs are there, and says which packages to install when they are not (exit code 4), before
anything loads Qt (danggol_desktop/system_libraries.py)."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if sys.platform.startswith("linux") and getattr(sys, "_MEIPASS", None):
        from danggol_desktop.system_libraries import check_bundle

        stopped = check_bundle(sys.argv[1:], Path(sys._MEIPASS))
        if stopped is not None:
            sys.exit(stopped)
    from danggol_desktop.cli import main

    sys.exit(main())
