"""The `.danggol` file that carries one shop or a whole market on a USB stick: a zip with a manifest and one JSON
file per table, every record with a stable id (UUID), the time it was last changed and each field's version. Reading
is defensive: a file that is not ours, too big when unpacked, cut short or of a newer format is refused with a code."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.tables import TRAVELLING

FORMAT = "danggol-bundle"
# 2: shops carry optout_phone; 3: search_id, the channel kit's texts, coupons and posts; 4: every record's field
# versions (domain/hlc.py): a file of format 3 or before takes each record's updated_at for all its fields;
# 5: shops carry their location in the market (위치); 6: market events and the shops taking part, shops' message
# credit, and messages of the market channel's kinds (night_market …), which an app of format 5 would refuse
FORMAT_VERSION = 6
FIRST_VERSIONED_FORMAT = 4
MAX_FILE_BYTES = 200 * 1024 * 1024
# Caps that keep memory bounded on a shop PC: a 70-shop market over five years is ~130,000 counts (~35 MB of JSON).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 96 * 1024 * 1024
MAX_TABLE_ROWS = 400_000
MAX_RATIO = 200  # a member unpacking to more than 200 times its packed size is a bomb, not JSON

# table → (fields with their JSON types, foreign keys as file field → table), in the order of import: derived from
# the table registry (domain/tables.py), which says what every table holds once.
TABLES: dict[str, tuple[dict[str, tuple[type, ...]], dict[str, str]]] = {
    table.name: (table.file_fields(), {link.file_field: link.table for link in table.links}) for table in TRAVELLING
}
# Fields a file of an earlier format version does not have, with the value they take when it is read.
ADDED_FIELDS: dict[str, dict[str, Any]] = {table.name: {**table.added_fields, "versions": ""}
                                           for table in TRAVELLING}
ALLOWED_MEMBERS = {"manifest.json"} | {f"{table}.json" for table in TABLES}


class BundleError(DanggolError):
    """The file cannot be imported; `code` says why in words the UI can explain."""


@dataclass
class Bundle:
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]


def _check_record(table: str, record: object) -> None:
    fields, _links = TABLES[table]
    if not isinstance(record, dict) or set(record) != set(fields):
        raise BundleError("bundle_bad_shape", detail=table)
    for name, kinds in fields.items():
        value = record[name]
        if not isinstance(value, kinds) or isinstance(value, bool):
            raise BundleError("bundle_bad_shape", detail=f"{table}.{name}")
        if isinstance(value, str) and len(value) > 100_000:
            raise BundleError("bundle_bad_shape", detail=f"{table}.{name} too long")


def check_links(bundle: Bundle, known: dict[str, set[str]]) -> None:
    """Every foreign key points at a record in the bundle or already in the database (`known` uuids per table)."""
    present = {table: {r["uuid"] for r in records} | known.get(table, set())
               for table, records in bundle.tables.items()}
    for table, records in bundle.tables.items():
        for field, target in TABLES[table][1].items():
            for record in records:
                if record[field] not in present.get(target, set()):
                    raise BundleError("bundle_broken_link", detail=f"{table}.{field}")


def read_bundle(path: Path) -> Bundle:
    """Open and check a .danggol file without trusting anything in it."""
    path = Path(path)
    handle = None
    try:
        # Only a regular file is read, checked on the opened descriptor (a link to /dev/zero grew memory to 20 GB; a
        # FIFO hung for ever): non-blocking, so opening a pipe with no writer returns at once to be refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        handle = os.fdopen(fd, "rb")
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BundleError("bundle_not_ours", detail="not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise BundleError("bundle_too_big")
        archive = zipfile.ZipFile(handle)
    except BundleError:
        if handle is not None:
            handle.close()
        raise
    except (OSError, zipfile.BadZipFile, ValueError):
        if handle is not None:
            handle.close()
        raise BundleError("bundle_not_ours") from None
    with handle, archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if len(set(names)) != len(names) or any(name not in ALLOWED_MEMBERS for name in names):
            raise BundleError("bundle_not_ours", detail="unexpected member")
        if "manifest.json" not in names:
            raise BundleError("bundle_not_ours", detail="no manifest")
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES or any(
                info.file_size > MAX_MEMBER_BYTES for info in infos) or any(
                info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024 * 1024
                for info in infos):
            raise BundleError("bundle_too_big", detail="unpacks too large")
        try:
            manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BundleError("bundle_not_ours", detail="format")
            version = manifest.get("format_version")
            if not isinstance(version, int) or version < 1:
                raise BundleError("bundle_not_ours", detail="version")
            if version > FORMAT_VERSION:
                raise BundleError("bundle_too_new", detail=str(version))
            tables: dict[str, list[dict[str, Any]]] = {}
            for table in TABLES:
                name = f"{table}.json"
                records = json.loads(archive.read(name).decode("utf-8")) if name in names else []
                if not isinstance(records, list):
                    raise BundleError("bundle_bad_shape", detail=table)
                if len(records) > MAX_TABLE_ROWS:
                    raise BundleError("bundle_too_big", detail=f"{table}: {len(records)} records")
                for record in records:
                    if version < FORMAT_VERSION and isinstance(record, dict):
                        for added, value in ADDED_FIELDS.get(table, {}).items():
                            record.setdefault(added, value)
                    _check_record(table, record)
                if len({r["uuid"] for r in records}) != len(records):
                    raise BundleError("bundle_bad_shape", detail=f"{table} repeats a record")
                tables[table] = records
        except BundleError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError, KeyError,
                RuntimeError) as exc:  # RuntimeError covers an unsupported compression method too
            raise BundleError("bundle_damaged", detail=str(exc)[:200]) from None
    bundle = Bundle(manifest, tables)
    check_links(bundle, {})
    return bundle


def bundle_bytes(manifest: dict[str, Any], tables: dict[str, list[dict[str, Any]]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for table in TABLES:
            archive.writestr(f"{table}.json", json.dumps(tables.get(table, []), ensure_ascii=False))
    return out.getvalue()
