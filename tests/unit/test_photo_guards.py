"""A photo is read from one regular file, and only a JPEG may be large: a PNG decodes whole (a 1 MB PNG of 59 MP
took 830 MB and 7.6 s — issue 25, finding 11)."""

from __future__ import annotations

import resource

import pytest
from PIL import Image

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.pictures.photo import open_photo
from tests.non_regular import make_non_regular


def test_a_huge_png_is_refused_before_it_is_decoded(tmp_path):
    path = tmp_path / "flat.png"
    Image.new("L", (7700, 7700), 200).save(path, optimize=True)  # 59 MP in well under a megabyte
    assert path.stat().st_size < 1_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InvalidInput) as refused:
        open_photo(path)
    assert refused.value.code == "photo_too_many_pixels"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB: nothing decoded


def test_a_jpeg_of_the_same_size_still_opens_at_reduced_scale(tmp_path):
    path = tmp_path / "big.jpg"
    Image.new("RGB", (7700, 5000), (200, 120, 40)).save(path, quality=70)
    photo = open_photo(path)
    assert max(photo.image.size) <= 2400 and photo.original_size == (7700, 5000)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_only_a_regular_file_is_read(tmp_path, kind):
    path = tmp_path / "photo.jpg"
    make_non_regular(path, kind)
    with pytest.raises(InvalidInput) as refused:
        open_photo(path)
    assert refused.value.code == "photo_missing"


def test_a_sideways_phone_photo_stands_upright_as_a_poster_logo(tmp_path):
    """Phone photos came out sideways as a poster logo (EXIF orientation ignored there — issue 27, finding 4)."""
    import io

    from danggol_desktop.pictures.logo import load_logo

    image = Image.new("RGB", (400, 200), (255, 255, 255))
    image.paste((200, 0, 0), (0, 0, 100, 200))  # a red band on the left as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show it rotated 90° clockwise
    path = tmp_path / "phone.jpg"
    image.save(path, exif=exif, quality=95)
    logo = Image.open(io.BytesIO(load_logo(path)))
    assert logo.width < logo.height  # upright: taller than wide
    top = logo.getpixel((logo.width // 2, 5))
    assert top[0] > 150 and top[1] < 100  # the band is now at the top


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_logo_is_read_only_from_a_regular_file(tmp_path, kind):
    from danggol_desktop.pictures.logo import load_logo

    path = tmp_path / "logo.png"
    make_non_regular(path, kind)
    with pytest.raises(InvalidInput) as refused:
        load_logo(path)
    assert refused.value.code == "logo_missing"


def _mean(image):
    histogram = image.convert("L").histogram()
    return sum(v * c for v, c in enumerate(histogram)) / sum(histogram)


@pytest.mark.parametrize("kind", ["dark", "normal", "bright", "normal with black specks"])
def test_bright_and_clear_never_makes_a_photo_darker(kind):
    """밝고 선명하게 made a normal photo darker (mean luminance 133 → 87): issue 27, finding 7."""
    import random

    from danggol_desktop.pictures.photo import auto_fix

    rng = random.Random(7)
    low, high = {"dark": (10, 90), "normal": (90, 200), "bright": (150, 245),
                 "normal with black specks": (90, 200)}[kind]
    image = Image.new("RGB", (120, 90))
    image.putdata([(v, max(0, v - 20), min(255, v + 15)) for v in
                   (rng.randint(low, high) for _ in range(120 * 90))])
    if kind == "normal with black specks":
        for n in range(0, 120 * 90, 50):
            image.putpixel((n % 120, n // 120), (0, 0, 0))
    before = _mean(image)
    fixed = auto_fix(image)
    assert fixed.size == image.size and fixed.mode == "RGB"
    assert _mean(fixed) >= before - 0.5, (kind, before, _mean(fixed))
    if kind == "dark":
        assert _mean(fixed) > before + 20  # a dark photo is clearly lighter
    r, g, b = (sum(v * c for v, c in enumerate(channel.histogram())) for channel in fixed.split())
    assert r > g and b > g  # the colours keep their balance


def test_a_twelve_megapixel_photo_is_decoded_at_half_scale(tmp_path):
    """draft('RGB', (2400, 2400)) kept a 4000x3000 JPEG at full scale (216 MB peak): issue 30, finding 2."""
    from danggol_desktop.pictures.photo import open_photo

    path = tmp_path / "phone.jpg"
    Image.new("RGB", (4000, 3000), (120, 160, 90)).save(path, quality=90)
    photo = open_photo(path)
    assert photo.original_size == (4000, 3000)  # what the phone took, for the 'too small' check
    assert photo.image.size == (2000, 1500)  # decoded at 1/2: still more than the largest picture (1,200 px)


def phone_photo_with_location(path, size=(4000, 3000)):
    """A camera JPEG as a phone writes it: turned (orientation 6) and carrying where it was taken (GPS)."""
    image = Image.new("RGB", size, (255, 255, 255))
    image.paste((200, 0, 0), (0, 0, size[0] // 4, size[1]))  # a red band on the left as stored
    exif = Image.Exif()
    exif[0x0112] = 6
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (37.0, 33.0, 59.0), "E", (126.0, 58.0, 41.0)
    image.save(path, exif=exif, quality=90)
    return path


@pytest.mark.parametrize("use", ["picture maker and flyer products", "poster logo and channel profile"])
def test_one_opener_for_every_photo_upright_small_and_without_location(tmp_path, monkeypatch, use):
    """Issue 27, finding 4: every photo or logo the app takes goes through pictures.photo.open_photo — the picture
    maker and the flyer through PhotoCache, the poster logo and the profile picture through load_logo — upright by
    EXIF, decoded at a reduced size, and nothing of the file kept but pixels (no GPS in what comes out)."""
    import io

    from danggol_desktop.pictures import logo as logo_module
    from danggol_desktop.pictures import photo as photo_module
    from danggol_desktop.pictures import picture_output

    path = phone_photo_with_location(tmp_path / "phone.jpg")
    assert Image.open(path).getexif().get_ifd(0x8825)  # the file carries a location
    decoded_sizes = []
    real = photo_module.open_photo

    def watched(*args, **kwargs):
        made = real(*args, **kwargs)
        decoded_sizes.append(made.image.size)
        return made

    monkeypatch.setattr(picture_output, "open_photo", watched)
    monkeypatch.setattr(logo_module, "open_photo", watched)
    if use.startswith("picture maker"):
        made = picture_output.PhotoCache().get(str(path))
        out = Image.open(io.BytesIO(photo_module.encode(made.image, 1024 * 1024).data))
        assert made.original_size == (3000, 4000) and max(out.size) <= photo_module.WORK_PX
    else:
        out = Image.open(io.BytesIO(logo_module.load_logo(path)))
        assert max(out.size) <= logo_module.LOGO_PX
    assert len(decoded_sizes) == 1 and max(decoded_sizes[0]) < 4000  # decoded small, not at 12 MP
    assert out.width < out.height  # upright
    top = out.getpixel((out.width // 2, 3))
    assert top[0] > 150 and top[1] < 100  # the band on the left as stored is at the top, as the camera meant
    exif = out.getexif()
    assert not exif.get_ifd(0x8825) and 0x0112 not in exif  # no location, no turn left to do
