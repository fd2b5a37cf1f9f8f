"""Moving data on a USB stick: export to a .danggol file, look at one before changing anything, import it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from danggol_desktop.app_log import log_event
from danggol_desktop.domain.bundle import Bundle, BundleError, read_bundle
from danggol_desktop.domain.import_gate import check_records
from danggol_desktop.domain.records import ImportPlan
from danggol_desktop.storage import backup
from danggol_desktop.storage.transfer_repo import TransferRepo
from danggol_desktop.tasks.workspace import Workspace, known_values, task


@dataclass(frozen=True)
class ImportPreview:
    bundle: Bundle
    plan: ImportPlan


@task
def preview_import(ws: Workspace, path: Path) -> ImportPreview:
    """Read and check the whole file — its shape, then every record through the same checks as typed input — and
    work out what importing it would add and update. Nothing is changed; the first bad record refuses the file."""
    try:
        bundle = read_bundle(Path(path))
        notes = check_records(bundle, known_values(), ws.clock)
        plan = TransferRepo(ws.db).plan(bundle)
    except BundleError as exc:
        log_event(ws.data_dir, f"import refused: {Path(path).name}: {exc.code} {exc.detail}".rstrip())
        raise
    plan.notes = notes
    return ImportPreview(bundle, plan)


@task
def import_bundle(ws: Workspace, preview: ImportPreview) -> ImportPlan:
    """Merge a previewed file. A backup is made first, but only when the preview found something to change (the merge
    is not worked out a second time: on a 140,000-record market that is seconds)."""
    if not preview.plan.writes:
        log_event(ws.data_dir, "import: nothing new")
        return ImportPlan(notes=preview.plan.notes)
    kept = backup.make_backup(ws.db.conn, ws.backup_dir, "import", ws.clock.local_now(), pinned=True)
    try:
        plan = TransferRepo(ws.db).apply(preview.bundle)
    except BundleError as exc:
        log_event(ws.data_dir, f"import refused: {exc.code} {exc.detail}".rstrip())
        raise
    plan.notes = preview.plan.notes
    log_event(ws.data_dir, f"import: added {_counts(plan.added)}; changed {_counts(plan.changed)}; "
                           f"removed {_counts(plan.removed)}; {plan.quiet} only versions; "
                           f"copy kept first as {kept.name}")
    return plan


def _counts(per_table: dict[str, int]) -> str:
    return " ".join(f"{table}={n}" for table, n in sorted(per_table.items())) or "nothing"


@task
def export_bundle(ws: Workspace, path: Path, shop_id: int | None = None, market: str | None = None,
                  overwrite: bool = True) -> dict[str, int]:
    return TransferRepo(ws.db).export(Path(path), shop_id=shop_id, market=market, overwrite=overwrite)
