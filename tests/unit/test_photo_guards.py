"""A photo is read from one regular file, and only a JPEG may be large: a PNG decodes whole (a 1 MB PNG of 59 MP
took 830 MB and 7.6 s — issue 25, finding 11)."""

from __future__ import annotations

import os
import resource

import pytest
from PIL import Image

from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.pictures.photo import open_photo


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
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    with pytest.raises(InvalidInput) as refused:
        open_photo(path)
    assert refused.value.code == "photo_missing"
