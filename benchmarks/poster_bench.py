"""Poster figures: whole-process time of `danggol poster ... --out a4.pdf`, in-process render time per layout (PDF
painting alone, and with the read-back check), and the printed QR size per layout.

usage: python benchmarks/poster_bench.py [--runs N]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from danggol_desktop import resources  # noqa: E402
from danggol_desktop.domain.poster_layouts import load_catalog  # noqa: E402
from danggol_desktop.poster.output import Poster, export_pdf, export_png, write_pdf  # noqa: E402
from danggol_desktop.poster.renderer import PosterContent  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402

LINK = "https://pf.kakao.com/_AbCdE/friend"


def ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
    )


def whole_process(runs: int, folder: Path) -> None:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "danggol_desktop",
                "--data-dir",
                str(folder / "data"),
                "poster",
                "--shop",
                "해남채소",
                "--channel",
                LINK,
                "--out",
                str(folder / f"a4-{i}.pdf"),
            ],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    print(f"danggol poster ... --out a4.pdf, whole process incl. read-back: {ms(times)} over {runs} runs")


def in_process(runs: int, folder: Path) -> None:
    catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
    for layout in catalog.layouts:
        poster = Poster.make(
            layout,
            PosterContent(
                LINK,
                "해남채소",
                catalog.headlines["ko"][0],
                catalog.caption["ko"],
                catalog.scan_hint["ko"],
                catalog.offers["ko"][0],
            ),
        )
        paint, full, png = [], [], []
        for i in range(runs):
            start = time.perf_counter()
            reports = write_pdf([poster], folder / f"{layout.code}-{i}.pdf", "bench")
            paint.append(time.perf_counter() - start)
            start = time.perf_counter()
            export_pdf([poster], folder / f"{layout.code}-checked-{i}.pdf", "bench")
            full.append(time.perf_counter() - start)
        for i in range(max(3, runs // 5)):
            start = time.perf_counter()
            export_png(poster, folder / f"{layout.code}-{i}.png")
            png.append(time.perf_counter() - start)
        print(
            f"{layout.code:>8}: PDF render {ms(paint)}; PDF with read-back {ms(full)}; "
            f"300-dpi PNG with read-back {ms(png)}; QR printed at {reports[0].qr_mm / 10:.1f} cm "
            f"({poster.matrix.size} modules, {reports[0].qr_mm / poster.matrix.size:.2f} mm each, "
            f"{len(layout.panels)} per page)"
        )


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 20
    app = QGuiApplication.instance() or QGuiApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        in_process(runs, Path(tmp))
        whole_process(max(3, runs // 4), Path(tmp))
    del app


if __name__ == "__main__":
    main()
