"""Picture maker figures: a 12 MP camera JPEG (EXIF-rotated, with a GPS tag) through open + orient + crop + render +
encode under the kind's byte limit, median of several runs and each in a fresh process for its peak memory; and the
crop view's redraw while dragging (frames painted offscreen).

usage: python benchmarks/picture_bench.py [RUNS]   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ONE_RUN = textwrap.dedent("""
    import resource, sys, time
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(["bench"])
    from danggol_desktop import resources
    resources.load_fonts()
    from danggol_desktop.domain.picture import PictureDraft, load_catalog
    from danggol_desktop.pictures.picture_output import PhotoCache, encode_picture, make_picture
    catalog = load_catalog(resources.asset("data", "picture_kinds.json"))
    kind = sys.argv[2]
    import PIL.Image, PIL.ImageOps, PIL.ImageFilter, PIL.JpegImagePlugin, PIL.PngImagePlugin, PIL.WebPImagePlugin
    def high_water():  # VmHWM: ru_maxrss keeps the parent's size across fork and exec (the bench made big images)
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    before = high_water()
    start = time.perf_counter()
    draft = PictureDraft(kind=kind, photo=sys.argv[1], zoom=1.3, center_x=0.45, headline="오늘의 특가",
                         price="3000", old_price="5000", auto_fix=True)
    made = make_picture(draft, catalog, PhotoCache(), "해남채소", "#2E7D32", "ko")
    encoded = encode_picture(made)
    took = time.perf_counter() - start
    peak = high_water()
    print(f"{took * 1000:.0f} {peak:.0f} {len(encoded.data)} {encoded.quality} {before:.0f}")
""")


def camera_jpeg(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFilter

    size = (4000, 3000)  # 12 MP
    image = Image.effect_noise(size, 40).convert("RGB").filter(ImageFilter.GaussianBlur(1))
    draw = ImageDraw.Draw(image)
    for step in range(0, 4000, 160):
        draw.rectangle((step, 0, step + 80, 3000), fill=(step % 255, 120, 200 - step % 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (37.0, 33.0, 0.0)}
    image.rotate(90, expand=True).save(path, quality=92, exif=exif)
    return path


def drag_frames() -> float:
    from PIL import Image
    from PySide6.QtWidgets import QApplication

    from danggol_desktop.pictures.picture_output import qimage_from_pil
    from danggol_desktop.ui.pictures.crop_view import CropView

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
    photo = qimage_from_pil(Image.effect_noise((2400, 1800), 40).convert("RGB"))
    view = CropView(560, 1.0)
    view.set_photo(photo, 1.5, (0.5, 0.5))
    import time

    times = []
    for frame in range(120):
        start = time.perf_counter()
        view.set_crop(1.5, (0.3 + frame * 0.003, 0.5))
        view.grab()  # paints the frame
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def same_photo_as(photo: Path, fmt: str) -> Path:
    """The camera photo again as a PNG or WebP of the same 12 MP (as a phone's screenshot or a messenger saves it)."""
    from PIL import Image, ImageOps

    out = photo.with_suffix("." + fmt.lower())
    with Image.open(photo) as image:
        ImageOps.exif_transpose(image).save(out, format=fmt, **({"quality": 85} if fmt == "WEBP" else {}))
    return out


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    folder = Path(tempfile.mkdtemp())
    photo = camera_jpeg(folder / "camera.jpg")
    print(f"photo: 4000x3000 JPEG, {photo.stat().st_size / 1024 / 1024:.1f} MB, EXIF orientation 6, GPS tag")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cases = [("JPEG", photo, "square"), ("JPEG", photo, "wide_message"),
             ("PNG", same_photo_as(photo, "PNG"), "square"), ("WebP", same_photo_as(photo, "WEBP"), "square")]
    for fmt, path, kind in cases:
        results = []
        for _run in range(runs):
            out = subprocess.run([sys.executable, "-c", ONE_RUN, str(path), kind], capture_output=True, text=True,
                                 env=env, check=True).stdout.split()
            results.append([float(x) for x in out])
        ms = statistics.median(r[0] for r in results)
        peak = max(r[1] for r in results)
        base = max(r[4] for r in results)
        size = results[0][2] / 1024
        print(f"{fmt} ({path.stat().st_size / 1048576:.1f} MB) to {kind}: open + orient + crop + render + encode "
              f"{ms:.0f} ms (median of {runs}), peak RSS {peak:.0f} MB (whole process; {base:.0f} MB with Qt, fonts "
              f"and Pillow loaded before the photo), {size:.0f} KB at JPEG quality {results[0][3]:.0f}")
    print(f"crop view redraw while dragging: {drag_frames():.1f} ms per frame (median of 120)")


if __name__ == "__main__":
    main()
