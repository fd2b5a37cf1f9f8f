"""The QR matrix (qrcode) and reading a picture back with a real decoder (zxing-cpp)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M

QUIET_ZONE_MODULES = 4


@dataclass(frozen=True)
class QrMatrix:
    data: str
    version: int
    level: str  # "M" or "H"
    rows: tuple[tuple[bool, ...], ...]  # the symbol only; the quiet zone is left to the layout

    @property
    def size(self) -> int:
        return len(self.rows)

    def dark_runs(self):
        """(row, first column, length) of each horizontal run of dark modules: fewer, larger shapes to paint."""
        for r, row in enumerate(self.rows):
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    yield r, start, c - start
                else:
                    c += 1


def make_matrix(data: str, with_logo: bool = False) -> QrMatrix:
    """Error correction M, or H when a logo will cover the centre."""
    level = ERROR_CORRECT_H if with_logo else ERROR_CORRECT_M
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(data)
    code.make(fit=True)
    rows = tuple(tuple(bool(v) for v in row) for row in code.get_matrix())
    return QrMatrix(data, code.version, "H" if with_logo else "M", rows)


def decode_all(image: Any) -> list[str]:
    """Every QR code zxing-cpp finds in a PIL image or numpy-like array, as text."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [result.text for result in found]
