"""Posters read back the way a customer's phone and a printer would see them: zxing-cpp on the pixels, poppler on
the PDF (pdftoppm, pdftotext, pdffonts, pdfinfo)."""

import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import Image

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.poster_layouts import load_catalog
from danggol_desktop.pictures.logo import load_logo
from danggol_desktop.poster import renderer
from danggol_desktop.poster.output import Poster, PosterNotReadable, PosterNotReady, export_pdf, export_png
from danggol_desktop.poster.qr import decode_all
from danggol_desktop.poster.renderer import PosterContent
from danggol_desktop.storage.files import FileNotWritable

LINK = "https://pf.kakao.com/_AbCdE/friend"
HEADLINE = "카톡 친구 추가하면 덤 드려요!"
CATALOG = load_catalog(resources.asset("data", "poster_layouts.json"))
PAGE_MM = {"a4": (210, 297), "a5": (210, 297), "stickers": (210, 297), "card": (105, 148)}
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is installed by make test")


def content(**changes):
    values = dict(link=LINK, shop_name="해남 채소 가게", headline=HEADLINE, caption=CATALOG.caption["ko"],
                  scan_hint=CATALOG.scan_hint["ko"], offer="친구 추가하면 덤 드려요")
    values.update(changes)
    return PosterContent(**values)


def poster(code="a4", **changes):
    return Poster.make(CATALOG.layout(code), content(**changes))


def run(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


@needs_poppler
@pytest.mark.parametrize("code", CATALOG.codes)
def test_pdf_reads_back_with_font_text_and_page_size(qapp, tmp_path, code):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    path = tmp_path / f"{code}.pdf"
    reports = export_pdf([poster(code)], path, "test")
    assert reports[0].ok
    run("pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page"))
    page = Image.open(next(tmp_path.glob("page*.png")))
    decoded = decode_all(page)
    assert decoded == [LINK] * len(CATALOG.layout(code).panels)
    fonts = run("pdffonts", str(path))
    assert "NanumBarunGothic" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # the "emb" column
    text = " ".join(run("pdftotext", str(path), "-").split())
    assert "해남 채소 가게" in text
    if code != "stickers":
        assert HEADLINE in text
    size_line = next(line for line in run("pdfinfo", str(path)).splitlines() if line.startswith("Page size:"))
    width_pt, height_pt = float(size_line.split()[2]), float(size_line.split()[4])
    expected_w, expected_h = (mm / 25.4 * 72 for mm in PAGE_MM[code])
    assert abs(width_pt - expected_w) <= 1 and abs(height_pt - expected_h) <= 1


@pytest.mark.parametrize("code", CATALOG.codes)
def test_png_at_300_dpi_reads_back(qapp, tmp_path, code):
    path = tmp_path / f"{code}.png"
    report = export_png(poster(code), path)
    image = Image.open(path)
    w_mm, h_mm = CATALOG.layout(code).page_mm
    assert image.size == (round(w_mm / 25.4 * 300), round(h_mm / 25.4 * 300))
    assert round(image.info["dpi"][0]) == 300
    assert decode_all(image) == [LINK] * len(CATALOG.layout(code).panels)
    assert report.qr_mm >= CATALOG.layout(code).min_qr_mm


def test_qr_sizes_per_layout(qapp):
    sizes = {code: export_size(code) for code in CATALOG.codes}
    assert sizes["a4"] >= 80 and sizes["stickers"] >= 25 and sizes["card"] >= 45 and sizes["a5"] >= 60


def export_size(code):
    from danggol_desktop.poster.output import check

    return check(poster(code)).qr_mm


def png_bytes(mode, size=(120, 80), fmt="PNG"):
    import io

    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "CMYK" else (0, 0, 0, 0)).save(out, format=fmt)
    return out.getvalue()


def test_a_logo_switches_to_level_h_and_still_reads_back(qapp, tmp_path):
    logo_file = tmp_path / "logo.png"
    logo_file.write_bytes(png_bytes("RGBA"))
    with_logo = poster(logo_png=load_logo(logo_file))
    assert with_logo.matrix.level == "H" and poster().matrix.level == "M"
    export_png(with_logo, tmp_path / "out.png", dpi=150)
    assert decode_all(Image.open(tmp_path / "out.png")) == [LINK]


def bomb_png() -> bytes:
    """A tiny file claiming to be 30000 x 30000 pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 100))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("notes.png", b"this is a text file, not a picture", "logo_not_image"),
        ("half.png", png_bytes("RGB", (400, 400))[:300], "logo_damaged"),
        ("bomb.png", bomb_png(), "logo_too_many_pixels"),
        ("huge.png", b"\x00" * (50 * 1024 * 1024), "logo_too_big_file"),
    ],
)
def test_bad_logos_are_refused_with_a_code(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as caught:
        load_logo(path)
    assert caught.value.code == code
    with pytest.raises(InvalidInput) as missing:
        load_logo(tmp_path / "nope.png")
    assert missing.value.code == "logo_missing"


@pytest.mark.parametrize("mode, fmt", [("CMYK", "JPEG"), ("RGBA", "PNG"), ("P", "GIF"), ("L", "PNG")])
def test_odd_but_real_pictures_are_tidied(tmp_path, mode, fmt):
    path = tmp_path / f"logo.{fmt.lower()}"
    path.write_bytes(png_bytes(mode, fmt=fmt))
    import io

    tidied = Image.open(io.BytesIO(load_logo(path)))
    assert tidied.mode == "RGB" and max(tidied.size) <= 600


def test_text_that_cannot_fit_is_refused_not_clipped(qapp, tmp_path):
    long_poster = poster("card", headline="가나다라마바사아자차카타파하 " * 6)
    with pytest.raises(PosterNotReady) as caught:
        export_pdf([long_poster], tmp_path / "long.pdf", "t")
    assert caught.value.code == "poster_too_long" and "headline" in caught.value.report.too_long
    assert list(tmp_path.iterdir()) == []


def test_emoji_is_refused_not_printed_as_boxes(qapp, tmp_path):
    with pytest.raises(PosterNotReady) as caught:
        export_png(poster(headline="🎉 대박 세일 🎉"), tmp_path / "e.png")
    assert caught.value.code == "poster_unsupported" and "🎉" in caught.value.report.unsupported
    assert list(tmp_path.iterdir()) == []


def test_a_qr_that_does_not_read_back_is_never_offered(qapp, tmp_path, monkeypatch):
    logo_file = tmp_path / "logo.png"
    logo_file.write_bytes(png_bytes("RGB"))
    covered = poster(logo_png=load_logo(logo_file))
    monkeypatch.setattr(renderer, "LOGO_SHARE", 0.7)  # a logo far too big for any error correction
    out = tmp_path / "out"
    out.mkdir()
    for export in (lambda: export_pdf([covered], out / "p.pdf", "t"), lambda: export_png(covered, out / "p.png")):
        with pytest.raises(PosterNotReadable):
            export()
    assert list(out.iterdir()) == []


def test_an_unwritable_place_leaves_nothing_behind(qapp, tmp_path):
    with pytest.raises(FileNotWritable):
        export_pdf([poster()], tmp_path / "missing" / "p.pdf", "t")
    taken = tmp_path / "taken.png"
    taken.mkdir()  # a folder already has that name
    with pytest.raises(FileNotWritable):
        export_png(poster(), taken, dpi=100)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.png"] and list(taken.iterdir()) == []


def test_headlines_break_evenly_between_words():
    from danggol_desktop.poster.renderer import balanced_lines

    def fits(part):
        return len(part) <= 12

    assert balanced_lines("카톡 친구 추가하면 덤 드려요!", 2, fits, len) == "카톡 친구 추가하면\n덤 드려요!"
    assert balanced_lines("오늘의 특가 카톡으로 받아 보세요", 3, fits, len).count("\n") == 2
    one_word = "한단어로된아주긴제목입니다"
    assert balanced_lines(one_word, 2, fits, len) == one_word  # no word to break at
    assert balanced_lines("짧은 제목", 1, fits, len) == "짧은 제목"


@needs_poppler
def test_the_counter_card_keeps_덤_with_드려요(tmp_path):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    export_pdf([poster("card")], tmp_path / "card.pdf", "card")
    text = run("pdftotext", "-layout", str(tmp_path / "card.pdf"), "-")
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert "덤 드려요!" in lines and "카톡 친구 추가하면" in lines


@needs_poppler
@pytest.mark.parametrize("code", ["a4", "card"])
def test_what_friends_get_stands_right_under_the_call_to_action(qapp, tmp_path, code):
    """Read as a customer does, top to bottom: QR, 'scan and add', what a friend gets, then the small print."""
    path = tmp_path / f"{code}.pdf"
    offer = "싱싱한 채소 들어오는 날 먼저 알려 드려요"
    export_pdf([Poster.make(CATALOG.layout(code), PosterContent(
        link=LINK, shop_name="해남채소", headline=HEADLINE, caption=CATALOG.caption["ko"],
        scan_hint=CATALOG.scan_hint["ko"], offer=offer))], path, "QR")
    words = words_with_tops(run("pdftotext", "-bbox", str(path), "-"))
    top = {word: y for word, y in words}
    assert top["찍고"] < top["싱싱한"] < top["휴대폰"] < top["pf.kakao.com/_AbCdE/friend"]
    empty = tmp_path / f"{code}-empty.pdf"
    export_pdf([Poster.make(CATALOG.layout(code), PosterContent(
        link=LINK, shop_name="해남채소", headline=HEADLINE, caption=CATALOG.caption["ko"],
        scan_hint=CATALOG.scan_hint["ko"], offer=""))], empty, "QR")
    assert "싱싱한" not in run("pdftotext", str(empty), "-")


def words_with_tops(bbox_html: str) -> list[tuple[str, float]]:
    import re

    return [(m.group(2), float(m.group(1))) for m in re.finditer(r'<word [^>]*yMin="([\d.]+)"[^>]*>([^<]+)</word>',
                                                                    bbox_html)]
