"""`danggol import-csv FILE [--dry-run]` and `danggol import-csv --template OUT [--market M]`: a tutor's spreadsheet
of friend counts, messages sent and posts, all rows or none (tasks.csv_import_tasks)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make
from danggol_desktop.tasks.workspace import Workspace


def register(sub: Any, make: Make) -> None:
    parser = sub.add_parser("import-csv", help="bring in friend counts, messages sent and posts from a CSV file")
    parser.add_argument("file", nargs="?", help="the CSV file (UTF-8 or Excel's Korean CP949)")
    parser.add_argument("--dry-run", action="store_true", help="check every row and say what would come in")
    parser.add_argument("--template", metavar="OUT", help="write a file to fill in: one line per shop")
    parser.add_argument("--market", help="with --template: that market's shops only")
    parser.add_argument("--force", action="store_true", help="with --template: replace an existing file")


def run(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.domain.errors import InvalidInput
    from danggol_desktop.tasks import csv_import_tasks
    from danggol_desktop.words import translate

    if args.template:
        lines = csv_import_tasks.write_template(ws, Path(args.template), ws.clock.today(), args.market, args.force)
        print(translate("Cli", "Wrote %1 with %2 shops: fill in the 값 column.")
              .replace("%1", args.template).replace("%2", str(lines)))
        return
    if not args.file:
        raise InvalidInput("csv_missing", "file")
    done = csv_import_tasks.import_csv(ws, Path(args.file), ws.clock.today(),
                                       translate("Cli", "Channel news"), dry_run=args.dry_run)
    words = (translate("Cli", "Checked, nothing written: %1 friend counts, %2 messages sent, "
                                        "%3 posts.") if not done.written else
             translate("Cli", "Brought in %1 friend counts (%4 of them changed an earlier count), "
                                        "%2 messages sent, %3 posts."))
    print(words.replace("%1", str(done.counts)).replace("%2", str(done.sent)).replace("%3", str(done.posts))
          .replace("%4", str(done.replaced)))


COMMAND = Command("import-csv", register, run,
                  writes=lambda args: bool(args.file) and not args.dry_run and not args.template)
