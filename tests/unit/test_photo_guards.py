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

    from danggol_desktop.poster.logo import load_logo

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
    from danggol_desktop.poster.logo import load_logo

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
