"""`danggol export` and `danggol import`: a .danggol file on a USB stick."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danggol_desktop.commands import Command, Make, never
from danggol_desktop.tasks.workspace import Workspace, check_output


def register_export(sub: Any, make: Make) -> None:
    export = sub.add_parser("export", help="save one shop, one market or everything to a .danggol file")
    export.add_argument("--out", required=True, help="FILE.danggol")
    export.add_argument("--force", action="store_true", help="replace the file if it is already there")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--shop", help="NAME, or MARKET/NAME")
    scope.add_argument("--market")


def register_import(sub: Any, make: Make) -> None:
    imp = sub.add_parser("import", help="merge a .danggol file into this computer's data")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="only say what would be added and updated")


def run_export(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.tasks import shop_tasks, transfer_tasks

    out = Path(args.out)
    if out.suffix.lower() != ".danggol":
        out = out.with_name(out.name + ".danggol")
    check_output(ws, out, args.force)  # the name it will write, suffix and all, checked before anything is read
    shop_id = shop_tasks.find_shop(ws, args.shop).id if args.shop else None
    counts = transfer_tasks.export_bundle(ws, out, shop_id=shop_id,
                                          market=args.market.strip() if args.market else None, overwrite=args.force)
    print(f"{out}\t" + " ".join(f"{table}={n}" for table, n in counts.items()))


def run_import(args: argparse.Namespace, ws: Workspace) -> None:
    from danggol_desktop.error_sentences import describe_note
    from danggol_desktop.tasks import shop_tasks, transfer_tasks
    from danggol_desktop.tasks.shop_tasks import shop_ref

    preview = transfer_tasks.preview_import(ws, Path(args.file))
    plan = preview.plan if args.dry_run else transfer_tasks.import_bundle(ws, preview)
    for table in sorted(set(plan.added) | set(plan.changed) | set(plan.removed)):
        print(f"{table}\tadded={plan.added.get(table, 0)}\tchanged={plan.changed.get(table, 0)}"
              f"\tremoved={plan.removed.get(table, 0)}")
    print(f"total\tadded={sum(plan.added.values())}\tchanged={sum(plan.changed.values())}"
          f"\tremoved={sum(plan.removed.values())}")
    for note in plan.notes:
        print(f"note\t{describe_note(note)}")
    for same in plan.same_names:
        shops = [shop_tasks.get_shop(ws, shop_id) for shop_id in same.shop_ids]
        print(f"same name\t{same.market}/{same.name}\t" + "\t".join(shop_ref(shop) for shop in shops))
        print(f"  danggol shops rename --shop '{shop_ref(shops[-1])}' --to '{same.name} 2'")


COMMANDS = [
    Command("export", register_export, run_export, writes=never),
    Command("import", register_import, run_import, writes=lambda args: not args.dry_run),
]
