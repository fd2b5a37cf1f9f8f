"""Translated words without Qt, for the command line's commands that draw nothing.

A command that records a count or lists shops starts in a fraction of the time when it loads no Qt module (PySide's
QtCore alone costs ~85 ms of every command). Its sentences still come from the same `translations/danggol_*.qm`
files the app uses, read here by a small reader of Qt's QM format. Whenever a Qt application exists (the app, the
commands that paint, the test suite), `translate` hands over to Qt's own, so both always give the same sentence.

Sources are written as `translate("Context", "Source text")` (or `QT_TRANSLATE_NOOP` for tables of words); Qt's
lupdate finds them by those names, as it does QCoreApplication.translate.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

# The QM format (Qt's qtranslator.cpp): a 16-byte magic, then blocks of (tag, big-endian length, data). The Messages
# block holds each message as tagged fields: translations in UTF-16BE, source text, comment and context in UTF-8.
_MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))
_BLOCK_MESSAGES = 0x69
_TAG_END, _TAG_SOURCE16, _TAG_TRANSLATION, _TAG_CONTEXT16, _TAG_OBSOLETE1 = 1, 2, 3, 4, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF

_table: dict[tuple[str, str, str], str] = {}
_pending: Path | None = None  # the file `install` named, read when a sentence is first asked for (~8 ms)


def read_qm(path: Path) -> dict[tuple[str, str, str], str]:
    """{(context, source, disambiguation): first translation} of a QM file; a file that is missing, damaged or of
    another kind gives an empty table (the source words are then shown, as Qt shows them)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return {}
    if not data.startswith(_MAGIC):
        return {}
    try:
        return _messages(data)
    except (struct.error, IndexError, UnicodeDecodeError):
        return {}


def _messages(data: bytes) -> dict[tuple[str, str, str], str]:
    table: dict[tuple[str, str, str], str] = {}
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        at += 5
        if tag == _BLOCK_MESSAGES:
            _read_messages(data, at, at + length, table)
        at += length
    return table


def _read_messages(data: bytes, at: int, end: int, table: dict[tuple[str, str, str], str]) -> None:
    translation: str | None = None
    context = source = comment = ""
    while at < end:
        tag = data[at]
        at += 1
        if tag == _TAG_END:
            if translation is not None:
                table.setdefault((context, source, comment), translation)
            translation, context, source, comment = None, "", "", ""
            continue
        if tag in (_TAG_OBSOLETE1, _TAG_OBSOLETE2):
            at += 4
            continue
        (length,) = struct.unpack_from(">I", data, at)
        at += 4
        if length == _NULL:
            value = b""
        else:
            value, at = data[at:at + length], at + length
        if tag == _TAG_TRANSLATION:
            if translation is None:  # numerus forms follow the first; the command line uses none
                translation = value.decode("utf-16-be")
        elif tag == _TAG_SOURCE:
            source = value.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = value.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = value.decode("utf-8")
        elif tag == _TAG_SOURCE16:
            source = value.decode("utf-16-be")
        elif tag == _TAG_CONTEXT16:
            context = value.decode("utf-16-be")


def install(path: Path | None) -> None:
    """Use the QM file at `path` (None: the source words) when no Qt application is there."""
    global _table, _pending  # noqa: PLW0603 - one table for the process, as Qt keeps one set of translators
    _table, _pending = {}, path


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the language chosen: Qt's translators when a Qt application exists, else the installed table."""
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return core.QCoreApplication.translate(context, source, disambiguation, n)
    global _table, _pending  # noqa: PLW0603
    if _pending is not None:  # most commands that succeed print no sentence: the file is read only when one does
        _table, _pending = read_qm(_pending), None
    comment = disambiguation or ""
    found = _table.get((context, source, comment))
    if found is None and comment:
        found = _table.get((context, source, ""))
    text = found if found else source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for translation where it is written; `translate` translates it where it is shown."""
    return source
