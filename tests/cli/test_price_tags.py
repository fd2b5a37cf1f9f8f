"""Price tags with the origin line (원산지 표시) from the command line: the origin in the PDF's text, every QR read by
zbarimg, and every refusal said plainly with nothing written."""

from __future__ import annotations

import subprocess

import pytest

from tests.cli_runner import run

VEG = "https://pf.kakao.com/_Veg/friend"
MARKET = "https://pf.kakao.com/_Sinyoung/friend"


@pytest.fixture
def market(tmp_path):
    data = tmp_path / "data"
    for name, category, channel in (("해남채소", "vegetables", "_Veg"), ("한우정육", "meat", ""),
                                    ("옷가게", "clothing", "")):
        done = run(data, "shops", "add", "--name", name, "--market", "신영시장", "--new-market", "--category",
                   category, "--channel", channel)
        assert done.returncode == 0, done.stderr
    return data


def tags(data, out, shop, *items, size="medium"):
    args = [a for item in items for a in ("--item", item)]
    return run(data, "price-tags", "--shop", shop, *args, "--size", size, "--out", out)


def qr_codes(pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found = []
    for page in sorted(tmp_path.glob("page*.png")):
        read = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
        found += read.stdout.split()
    return found


@pytest.mark.parametrize("size, per_sheet", [("small", 21), ("medium", 8), ("large", 4)])
def test_tags_show_price_unit_and_origin_and_every_qr_reads(market, tmp_path, size, per_sheet):
    items = ["배추:3000:국산:1포기", "대파:2,500:중국:1단", "마늘:9900:스페인:1kg"] * 3  # 9: two sheets of large
    out = tmp_path / "tags.pdf"
    done = tags(market, out, "해남채소", *items, size=size)
    assert done.returncode == 0, done.stderr
    pages = -(-len(items) // per_sheet)
    assert done.stdout.split("\t")[1:] == [str(len(items)), f"{pages}\n"]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for words in ("원산지: 국산", "원산지: 중국", "원산지: 스페인", "3,000원", "2,500원", "1포기"):
        assert words in text, words
    assert qr_codes(out, tmp_path) == [VEG] * len(items)


def test_a_shop_without_its_own_channel_gets_the_market_channel(market, tmp_path):
    assert run(market, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung",
               "--search-id", "sinyoung").returncode == 0
    out = tmp_path / "meat.pdf"
    done = tags(market, out, "한우정육", "등심:12000:국내산(한우):100g", "삼겹살:2800:국내산(돼지):100g")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "원산지: 국내산(한우)" in text and "@sinyoung" in text
    assert qr_codes(out, tmp_path) == [MARKET, MARKET]


def test_goods_that_are_not_food_may_go_without_an_origin(market, tmp_path):
    assert run(market, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung").returncode == 0
    out = tmp_path / "clothes.pdf"
    assert tags(market, out, "옷가게", "털모자:15000::1개").returncode == 0
    assert "원산지" not in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout


@pytest.mark.parametrize("shop, item, words", [
    ("해남채소", "배추:3000::1포기", "원산지"),  # empty origin for food: refused, the law named
    ("해남채소", "배추:3000:국삭:1포기", "국산"),  # misspelt: the nearest word offered
    ("해남채소", "배추:3000:중극:1포기", "중국"),
    ("해남채소", "배추:3000:화성:1포기", "화성"),
    ("한우정육", "등심:12000:국내산:100g", "국내산(한우)"),  # meat asks its kind
    ("해남채소", "배추:0:국산:1포기", "9,999,999"),
    ("해남채소", "배추:1000000000:국산:1포기", "9,999,999"),
    ("해남채소", "배추:삼천원:국산:1포기", "배추"),
    ("해남채소", "배추:-5:국산", "배추"),
    ("해남채소", "배추", "배추"),
    ("해남채소", "아주아주긴이름의배추를팝니다정말로맛있어요:3000:국산", "20"),
    ("해남채소", "배추🥬:3000:국산:1포기", ""),  # a character the font lacks
    ("옷가게", "털모자:15000::1개", ""),  # no channel for the shop nor the market
    ("없는가게", "배추:3000:국산", ""),
])
def test_a_refused_tag_says_why_and_writes_nothing(market, tmp_path, shop, item, words):
    out = tmp_path / "refused.pdf"
    done = tags(market, out, shop, "무:2000:국산:1개", item)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip() and words in done.stderr
    assert "문제가 생겼어요" not in done.stderr  # a sentence of its own, not the fallback
    assert not out.exists()


def test_a_tag_file_must_be_a_pdf(market, tmp_path):
    done = tags(market, tmp_path / "tags.png", "해남채소", "배추:3000:국산")
    assert done.returncode != 0 and ".pdf" in done.stderr and not (tmp_path / "tags.png").exists()


def test_a_large_tag_has_no_empty_half(market, tmp_path):
    """The large tag stands upright in a crate: its words, QR and origin line are stacked down the whole tag (the QR
    beside the words left its lower half empty). No band of more than a fifth of the tag's height is blank."""
    from PIL import Image

    out = tmp_path / "large.pdf"
    assert tags(market, out, "해남채소", "배추:3000:국산:1포기", size="large").returncode == 0
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    tag = page.crop((8, 8, page.width // 2 - 8, page.height // 2 - 8))  # the first tag, inside its cut lines
    blank_run = longest = 0
    for y in range(tag.height):
        row = [tag.getpixel((x, y)) for x in range(tag.width)]
        blank_run = blank_run + 1 if min(row) > 200 else 0
        longest = max(longest, blank_run)
    assert longest < tag.height / 5, (longest, tag.height)
