"""Photos in and pictures out, checked with programs we did not write where we can: every kind at its exact size and
within its byte limit, EXIF rotations, no location left, hostile and odd files refused kindly, the flyer's QR read
by zxing and zbarimg, its PDF by pdftotext."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from danggol_desktop import resources
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.picture import PictureDraft, Product, load_catalog
from danggol_desktop.pictures.photo import WORK_PX, encode, open_photo
from danggol_desktop.pictures.picture_output import (
    PhotoCache,
    PictureNotReady,
    check_flyer_qr,
    encode_picture,
    flyer_parts,
    make_flyer,
    make_picture,
    save_flyer_pdf,
    save_picture,
)
from danggol_desktop.poster.qr import decode_all

CATALOG = load_catalog(resources.asset("data", "picture_kinds.json"))
LINK = "https://pf.kakao.com/_AbCdE/friend"


def camera_photo(path: Path, size=(4000, 3000), orientation: int = 1, gps: bool = True) -> Path:
    """A photo with an arrow pointing up in its top-left quarter, as a phone writes it: pixels stored sideways and an
    EXIF orientation saying how to turn them, and a GPS position."""
    image = Image.new("RGB", size, (90, 140, 60))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 2, size[1] // 2), fill=(220, 30, 30))  # red top-left when upright
    stored = {1: image, 3: image.rotate(180, expand=True), 6: image.rotate(90, expand=True),
              8: image.rotate(270, expand=True)}[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (37.0, 33.0, 0.0), 3: "E", 4: (126.0, 58.0, 0.0)}
    stored.save(path, quality=90, exif=exif)
    return path


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_a_turned_camera_photo_comes_upright(tmp_path, orientation):
    photo = open_photo(camera_photo(tmp_path / "p.jpg", orientation=orientation))
    assert photo.original_size == (4000, 3000)
    assert max(photo.image.size) <= WORK_PX and photo.image.width > photo.image.height
    assert photo.image.getpixel((5, 5))[0] > 180  # the red quarter is top-left again


@pytest.mark.parametrize("suffix", [".png", ".webp"])
@pytest.mark.parametrize("orientation", [1, 6])
def test_a_big_png_or_webp_is_brought_down_at_once_and_still_comes_upright(tmp_path, suffix, orientation):
    """A PNG or WebP decodes whole; it is reduced before it is turned and converted (issue 30: a 12 MP WebP peaked
    at 330 MB, now 240 MB; benchmarks/picture_bench.py)."""
    photo = open_photo(camera_photo(tmp_path / f"p{suffix}", orientation=orientation, gps=False))
    assert photo.original_size == (4000, 3000)
    assert photo.image.size == (2000, 1500)  # by 2, keeping the short side at least half the working size
    assert photo.image.mode == "RGB"
    assert photo.image.getpixel((5, 5))[0] > 180 and photo.image.getpixel((1995, 1495))[0] < 120


def test_a_big_transparent_png_is_reduced_and_laid_on_white(tmp_path):
    image = Image.new("RGBA", (3600, 3600), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 0, 1800, 1800), fill=(200, 20, 20, 255))
    image.save(tmp_path / "logo.png")
    photo = open_photo(tmp_path / "logo.png")
    assert photo.image.size == (WORK_PX, WORK_PX) or max(photo.image.size) <= WORK_PX
    assert photo.image.getpixel((10, 10))[0] > 180 and photo.image.getpixel((photo.image.width - 5, 5)) == (
        255, 255, 255)


@pytest.mark.parametrize("kind", ["square", "wide", "wide_message", "coupon", "profile"])
def test_every_kind_is_its_exact_size_within_its_limit_and_without_location(qapp, tmp_path, kind):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    source = camera_photo(tmp_path / "p.jpg", orientation=6)
    draft = PictureDraft(kind=kind, photo=str(source), headline="오늘의 특가", price="3000", old_price="5000")
    made = make_picture(draft, CATALOG, PhotoCache(), "해남채소", "#2E7D32", "ko")
    out = tmp_path / "out.jpg"
    encoded = save_picture(made, out)
    data = out.read_bytes()
    assert len(data) <= made.kind.max_bytes and encoded.data == data
    with Image.open(io.BytesIO(data)) as written:
        assert written.size == made.kind.size and written.format == "JPEG"
        assert not written.getexif() and "exif" not in written.info
    assert not made.report.too_long
    smallest = min(made.kind.size) * CATALOG.min_text_share
    for key, box in made.report.text_boxes.items():
        assert box.left() >= 0 and box.right() <= made.kind.size[0] + 0.5, key
        assert box.top() >= 0 and box.bottom() <= made.kind.size[1] + 0.5, key
        assert box.height() >= smallest * 0.95, key


def test_the_quality_search_keeps_a_busy_photo_under_the_limit_and_says_when_it_cannot():
    noisy = Image.effect_noise((720, 720), 120).convert("RGB")
    encoded = encode(noisy, 512000)
    assert len(encoded.data) <= 512000 and encoded.format == "JPEG" and 30 <= (encoded.quality or 0) <= 95
    with pytest.raises(InvalidInput) as caught:
        encode(noisy, 2000)
    assert caught.value.code == "picture_too_big"


def test_odd_but_real_images_open_as_plain_rgb(tmp_path):
    Image.new("CMYK", (900, 700), (10, 200, 30, 0)).save(tmp_path / "cmyk.jpg")
    Image.new("I;16", (900, 700), 40000).save(tmp_path / "deep.png")
    frames = [Image.new("RGB", (600, 600), colour) for colour in ("red", "blue")]
    frames[0].save(tmp_path / "moving.gif", save_all=True, append_images=frames[1:])
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(tmp_path / "clear.png")
    for name in ("cmyk.jpg", "deep.png", "moving.gif", "clear.png"):
        photo = open_photo(tmp_path / name)
        assert photo.image.mode == "RGB", name
    assert open_photo(tmp_path / "moving.gif").animated
    assert open_photo(tmp_path / "clear.png").image.getpixel((1, 1)) == (255, 255, 255)
    assert open_photo(tmp_path / "clear.png").is_small_for(500)


def test_hostile_and_wrong_files_are_refused_with_their_reason(tmp_path):
    Image.new("1", (30000, 30000)).save(tmp_path / "bomb.png")
    (tmp_path / "notes.jpg").write_text("이것은 사진이 아니에요", encoding="utf-8")
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    whole = camera_photo(tmp_path / "whole.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 3])
    (tmp_path / "phone.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100)
    for name, code in (("bomb.png", "photo_too_many_pixels"), ("notes.jpg", "photo_not_image"),
                       ("logo.svg", "photo_not_image"), ("cut.jpg", "photo_damaged"),
                       ("phone.heic", "photo_heic"), ("missing.jpg", "photo_missing")):
        with pytest.raises(InvalidInput) as caught:
            open_photo(tmp_path / name)
        assert caught.value.code == code, name


def test_words_that_do_not_fit_at_the_smallest_size_are_refused_not_shrunk(qapp, tmp_path):
    from danggol_desktop.pictures.kit_pictures import render
    from danggol_desktop.pictures.picture_renderer import PictureWords, paint_picture

    _image, report = render((800, 400), lambda p: paint_picture(p, (800, 400), None, PictureWords("가나다 " * 200),
                                                                "#2E7D32", CATALOG.min_text_share))
    assert report.too_long == {"headline"}
    long_name = "아주아주긴이름의맛있는김장배추한망"
    draft = PictureDraft(kind="flyer", headline="특가", products=[Product(long_name) for _ in range(6)])
    parts = flyer_parts(draft, CATALOG, PhotoCache(), "해남채소", "", LINK, "찍어 주세요", "#2E7D32", "ko")
    made = make_flyer(parts, CATALOG)
    assert made.report.too_long
    with pytest.raises(PictureNotReady):
        encode_picture(made)
    with pytest.raises(PictureNotReady):
        save_picture(made, tmp_path / "x.jpg")
    assert not (tmp_path / "x.jpg").exists()


def test_the_flyer_reads_back_as_the_channel_and_prints_its_words(qapp, tmp_path):
    from danggol_desktop.resources import load_fonts

    load_fonts()
    photo = camera_photo(tmp_path / "p.jpg", orientation=8)
    draft = PictureDraft(kind="flyer", headline="이번 주 특가", products=[
        Product("배추", "3000", str(photo)), Product("무", "2,000원"), Product("대파", "")])
    parts = flyer_parts(draft, CATALOG, PhotoCache(), "해남채소", "매일 아침 7시~저녁 8시", LINK,
                        "카메라로 찍고 친구 추가하세요", "#2E7D32", "ko")
    made = make_flyer(parts, CATALOG)
    assert made.image.size().toTuple() == (1240, 1754)
    check_flyer_qr(made, LINK)
    png = tmp_path / "flyer.png"
    save_picture(made, png)
    if shutil.which("zbarimg"):
        read = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        assert LINK in read.stdout.splitlines()
    pdf = tmp_path / "flyer.pdf"
    save_flyer_pdf(parts, CATALOG, LINK, pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "이번 주 특가" in text and "3,000원" in text and "2,000원" in text and "매일 아침 7시~저녁 8시" in text
    with Image.open(png) as image:
        assert LINK in decode_all(image.convert("RGB"))


def test_the_picture_is_the_same_whatever_the_screens_text_size(qapp, appearance, tmp_path):
    """The picture is for a phone, not for this screen: 200% text on the PC changes nothing in it."""
    from danggol_desktop.domain.preferences import Preferences

    source = camera_photo(tmp_path / "p.jpg", orientation=8)
    draft = PictureDraft(kind="wide", photo=str(source), headline="새로 들어왔어요", price="3000")
    boxes = []
    for scale in (100, 200):
        appearance.apply(Preferences(text_scale=scale))
        made = make_picture(draft, CATALOG, PhotoCache(), "해남채소", "#2E7D32", "ko")
        boxes.append({k: v.getRect() for k, v in made.report.text_boxes.items()})
    appearance.apply(Preferences())
    assert boxes[0] == boxes[1] and set(boxes[0]) == {"headline", "shop", "price", "tag"}


@pytest.mark.parametrize("with_photo", [False, True])
def test_every_template_has_its_own_look_even_with_no_price(qapp, tmp_path, with_photo):
    """Issue 30: once a headline was given and no price shown, the five templates made byte-identical pictures."""
    photo = str(camera_photo(tmp_path / "p.jpg")) if with_photo else ""
    cache = PhotoCache()
    made = {}
    for template in CATALOG.templates:
        draft = PictureDraft(kind="square", template=template.code, headline="오늘 배추 들어왔어요", photo=photo)
        picture = make_picture(draft, CATALOG, cache, "해남채소", "#2E7D32", "ko")
        assert not picture.report.too_long
        made[template.code] = encode_picture(picture).data
    assert len(set(made.values())) == len(CATALOG.templates)


def test_white_words_on_every_templates_band_read_over_a_white_photo():
    from danggol_desktop.look import contrast_ratio
    from danggol_desktop.pictures.picture_renderer import BAND_ALPHA

    share = BAND_ALPHA / 255
    for template in CATALOG.templates:
        band = template.band.lstrip("#")
        over_white = "#" + "".join(f"{round(int(band[i:i + 2], 16) * share + 255 * (1 - share)):02X}"
                                   for i in (0, 2, 4))
        assert contrast_ratio("#FFFFFF", over_white) >= 4.5, template.code
        assert contrast_ratio("#FFFFFF", template.band) >= 4.5, template.code  # the tag, solid
        assert template.tag_text("ko") and template.tag_text("en")
