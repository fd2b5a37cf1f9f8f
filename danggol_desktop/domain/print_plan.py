"""Where a poster's page goes on the paper the printer has: at its true size (several copies side by side with cut
marks when the paper takes more than one, as four A6 counter cards on A4), or scaled down evenly and centred when
the paper is smaller — never stretched, so the QR code's squares stay square."""

from __future__ import annotations

from dataclasses import dataclass

TOLERANCE_MM = 1.0  # printers report A4 as 209.9 × 297.0 and the like
MOST_COPIES = 4


@dataclass(frozen=True)
class Cell:
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float


@dataclass(frozen=True)
class PrintPlan:
    cells: tuple[Cell, ...]  # one per copy, on the paper, in millimetres from its top-left corner
    scale: float  # 1.0 at true size; below 1 when the paper is smaller than the design

    @property
    def copies(self) -> int:
        return len(self.cells)

    @property
    def true_size(self) -> bool:
        return self.scale >= 0.999

    @property
    def percent(self) -> int:
        return round(self.scale * 100)


def plan_print(page_mm: tuple[float, float], paper_mm: tuple[float, float], copies: bool = True) -> PrintPlan:
    """Lay `page_mm` out on `paper_mm` (both width × height, portrait)."""
    w, h = page_mm
    pw, ph = paper_mm
    if w <= 0 or h <= 0 or pw <= 0 or ph <= 0:
        raise ValueError("sizes must be positive")
    if w <= pw + TOLERANCE_MM and h <= ph + TOLERANCE_MM:
        cols = max(1, int((pw + TOLERANCE_MM) // w)) if copies else 1
        rows = max(1, int((ph + TOLERANCE_MM) // h)) if copies else 1
        while cols * rows > MOST_COPIES:
            if cols >= rows:
                cols -= 1
            else:
                rows -= 1
        scale = 1.0
    else:
        cols = rows = 1
        scale = min(pw / w, ph / h)
    cw, ch = w * scale, h * scale
    left, top = (pw - cw * cols) / 2, (ph - ch * rows) / 2
    cells = tuple(Cell(left + c * cw, top + r * ch, cw, ch) for r in range(rows) for c in range(cols))
    return PrintPlan(cells, scale)
