"""The market's own channel (상인회) and its banners from the command line, checked with programs we did not write:
pdfinfo for the real page size and boxes, qpdf for the file, zbarimg on a render at a phone camera's view."""

from __future__ import annotations

import math
import re
import subprocess

import pytest

from danggol_desktop import resources
from danggol_desktop.domain.banner_sizes import load_banner_catalog, tiles
from tests.cli_runner import run

CATALOG = load_banner_catalog(resources.asset("data", "banners.json"))
LINK = "https://pf.kakao.com/_Sinyoung/friend"


@pytest.fixture
def market(tmp_path):
    data = tmp_path / "data"
    assert run(data, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--new-market").returncode == 0
    return data


def with_channel(data):
    done = run(data, "market", "channel", "--market", "신영시장", "--channel", "pf.kakao.com/_Sinyoung",
               "--search-id", "@sinyoung")
    assert done.returncode == 0, done.stderr
    return data


def shops(data):
    return run(data, "shops", "list").stdout.splitlines()


def test_the_market_channel_is_the_associations_and_set_once(market):
    assert run(market, "market", "channel", "--market", "신영시장", "--channel", "_Old").returncode == 0
    with_channel(market)
    rows = [line.split("\t") for line in shops(market)]
    association = [row for row in rows if row[1] == "신영시장 상인회"]
    assert len(association) == 1  # changed, not made twice
    assert association[0][2] == "association" and association[0][4] == LINK


@pytest.mark.parametrize("args, code_words", [
    (("--market", "없는시장", "--channel", "_X"), "시장"),
    (("--market", "신영시장", "--channel", "@sinyoung"), "@"),
    (("--market", "신영시장", "--channel", "_Good", "--search-id", "has space"), ""),
    (("--market", "신영시장", "--channel", " "), ""),
])
def test_a_refused_market_channel_changes_nothing(market, args, code_words):
    before = shops(market)
    done = run(market, "market", "channel", *args)
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.strip()
    assert shops(market) == before  # no association shop half-made


def page_boxes(pdf):
    info = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True, check=True).stdout
    boxes = {}
    for name in ("MediaBox", "TrimBox", "BleedBox"):
        x0, y0, x1, y1 = map(float, re.search(rf"{name}:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", info).groups())
        boxes[name] = ((x1 - x0) * 25.4 / 72, (y1 - y0) * 25.4 / 72)
    return boxes


def phone_reads(pdf, distance_m, tmp_path):
    """zbarimg on the PDF rendered (by poppler) at the pixels a phone's frame has at `distance_m`."""
    dpi = CATALOG.phone_px_per_mm(distance_m) * 25.4
    subprocess.run(["pdftoppm", "-r", f"{dpi:.3f}", "-png", "-singlefile", str(pdf), str(tmp_path / "phone")],
                   check=True)
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "phone.png")], capture_output=True, text=True)
    return read.stdout.split()


@pytest.mark.parametrize("size", [s.code for s in CATALOG.sizes])
def test_every_banner_is_its_real_size_and_reads_from_its_distance(market, tmp_path, size):
    with_channel(market)
    out = tmp_path / f"{size}.pdf"
    done = run(market, "banner", "--market", "신영시장", "--size", size, "--out", out)
    assert done.returncode == 0, done.stderr
    real = CATALOG.size(size)
    boxes = page_boxes(out)
    assert boxes["TrimBox"] == pytest.approx((real.width_mm, real.height_mm), abs=0.5)
    bleed = 2 * CATALOG.bleed_mm
    assert boxes["BleedBox"] == pytest.approx((real.width_mm + bleed, real.height_mm + bleed), abs=0.5)
    assert boxes["MediaBox"][0] > boxes["BleedBox"][0]  # room for the crop marks
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    assert phone_reads(out, real.distance_m, tmp_path) == [LINK]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "서로의 단골이" in text and "@sinyoung" in text and "신영시장 상인회" in text
    assert f"QR {real.distance_m * 100 / CATALOG.distance_per_qr:.0f}cm" in done.stdout


def test_the_qr_check_is_a_real_one_it_fails_far_beyond_the_rule(market, tmp_path):
    """The same render check at four times the distance does not read: the check can fail."""
    with_channel(market)
    out = tmp_path / "x.pdf"
    assert run(market, "banner", "--market", "신영시장", "--size", "x-banner", "--out", out).returncode == 0
    assert phone_reads(out, CATALOG.size("x-banner").distance_m * 4, tmp_path) == []


def test_a_tiled_banner_is_a4_sheets_that_cover_it(market, tmp_path):
    with_channel(market)
    out = tmp_path / "tiled.pdf"
    done = run(market, "banner", "--market", "신영시장", "--size", "x-banner", "--tiled", "--out", out)
    assert done.returncode == 0, done.stderr
    (rows, cols), parts = tiles(CATALOG, CATALOG.size("x-banner"))
    step_x = CATALOG.sheet_mm[0] - 2 * CATALOG.sheet_margin_mm - CATALOG.overlap_mm
    assert (cols - 1) * step_x < 600 <= cols * step_x + CATALOG.overlap_mm
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert f"Pages:           {rows * cols}" in info and "595 x 842 pts (A4)" in info
    assert done.stdout.split("\t")[2] == str(rows * cols)


@pytest.mark.parametrize("args, words", [
    (("--size", "x-banner", "--distance", "8"), "standing"),  # the nearest size that reads from 8 m
    (("--size", "6000x900"), "5000"),
    (("--size", "100x100"), "200"),
    (("--size", "huge"), "x-banner"),
    (("--size", "wide", "--headline", "서로의 단골이 되어 주세요 " * 6), ""),
    (("--size", "wide", "--headline", "   "), ""),
    (("--size", "wide", "--distance", "0"), ""),
    (("--size", "wide", "--out-type"), ""),
])
def test_a_refused_banner_says_why_and_writes_nothing(market, tmp_path, args, words):
    with_channel(market)
    out = tmp_path / "refused.pdf"
    if "--out-type" in args:
        args, out = args[:-1], tmp_path / "refused.png"
    done = run(market, "banner", "--market", "신영시장", *args, "--out", out)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert words in done.stderr and done.stderr.strip()
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []


def test_a_market_without_its_channel_is_told_how_to_give_it(market, tmp_path):
    done = run(market, "banner", "--market", "신영시장", "--size", "wide", "--out", tmp_path / "b.pdf")
    assert done.returncode != 0 and "market channel" in done.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_a_custom_size_reads_from_the_farthest_its_qr_allows(market, tmp_path):
    size = CATALOG.size("1500x3000")
    modules = 29  # a pf.kakao.com/_…/friend link: version 3
    assert size.distance_m == math.floor(CATALOG.farthest_m(size, modules) * 2) / 2
    assert CATALOG.check_distance(size, size.distance_m, modules) == pytest.approx(size.distance_m * 100)


def test_the_market_channel_is_reported_apart_from_the_shops(tmp_path):
    """Issue 29: the association's channel (often 1,000+ friends) is the market's, not a shop's: it stays out of the
    shops' figures and awards and has its own line in the PDF and its own rows in the CSV."""
    from tests.cli.test_cli import seed_market

    data = tmp_path / "data"
    seed_market(data)
    assert run(data, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung").returncode == 0
    for day, count in (("2026-10-01", 900), ("2026-11-20", 1200)):
        assert run(data, "friends", "record", "--shop", "신영시장 상인회", "--count", str(count),
                   "--date", day).returncode == 0
    args = ("--market", "신영시장", "--from", "2026-10-01", "--to", "2026-11-30")
    assert run(data, "report", *args, "--format", "csv", "--out", tmp_path / "r.csv").returncode == 0
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "친구 수 합계,80" in rows  # the two shops only, as before the market had a channel
    channels = rows.index("시장 채널 (상인회)")
    assert rows[channels + 1] == "신영시장,신영시장 상인회,예,900,1200,300,0,0,0"
    assert not any(row.startswith("신영시장,신영시장 상인회") for row in rows[:channels])
    done = run(data, "report", *args, "--format", "pdf", "--out", tmp_path / "r.pdf")
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "시장 채널 신영시장 상인회: 친구 1,200명 (+300), 보낸 메시지 0번, 소식 0개" in text
    assert "1위 해남채소" in text and "1위 신영시장 상인회" not in text  # never among the shops' awards


def test_the_market_channels_credit_and_what_its_sends_cost_are_reported(market, tmp_path):
    """Issue 29, part 5: 3,000,000 won of message credit; two sends to 1,000 and 1,200 friends cost 16,500 and
    19,800 won (15 won each plus 10% VAT), so 2,963,700 won is left — in the CSV and the PDF."""
    done = run(market, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung", "--credit", "300만")
    assert done.returncode == 0, done.stderr
    for day, count in (("2026-11-01", 1000), ("2026-11-10", 1200)):
        assert run(market, "friends", "record", "--shop", "신영시장 상인회", "--count", str(count),
                   "--date", day).returncode == 0
    for day in ("2026-11-05", "2026-11-12"):
        assert run(market, "messages", "record-sent", "--shop", "신영시장 상인회", "--date", day).returncode == 0
    args = ("--market", "신영시장", "--from", "2026-11-01", "--to", "2026-11-20")
    assert run(market, "report", *args, "--format", "csv", "--out", tmp_path / "r.csv").returncode == 0
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    header = rows.index("시장,가게,받은 메시지 지원금 (원),\"쓴 금액, 약 (원)\",\"남은 금액, 약 (원)\"")
    assert rows[header + 1] == "신영시장,신영시장 상인회,3000000,36300,2963700"
    assert run(market, "report", *args, "--format", "pdf", "--out", tmp_path / "r.pdf").returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "신영시장 상인회 메시지 지원금: 받은 3,000,000원 중 약 36,300원 썼어요, 남은 2,963,700원" in text


@pytest.mark.parametrize("credit", ["삼백만", "1억5천", "100000001"])
def test_a_credit_that_cannot_be_right_changes_nothing(market, tmp_path, credit):
    with_channel(market)
    before = shops(market)
    done = run(market, "market", "channel", "--market", "신영시장", "--channel", "_Other", "--credit", credit)
    assert done.returncode != 0 and "Traceback" not in done.stderr and ("숫자로" in done.stderr or "1억" in done.stderr)
    assert shops(market) == before  # the address did not change either
    edit = run(market, "shops", "edit", "--shop", "해남채소", "--phone", "010-1111-2222", "--credit", credit)
    assert edit.returncode != 0 and shops(market) == before


def test_the_associations_are_awarded_among_themselves_in_the_all_markets_report(tmp_path):
    """Issue 29: the 2023 programme awarded 11 associations beside 62 merchants. In the all-markets report the market
    channels have their own awards (friends, new friends, messages, posts), never mixed with the shops'."""
    data = tmp_path / "data"
    for market, shop, code in (("신영시장", "해남채소", "Sinyoung"), ("자양시장", "자양정육", "Jayang")):
        args = ["shops", "add", "--name", shop, "--market", market, "--new-market", "--channel", f"_{code}Shop"]
        assert run(data, *args).returncode == 0
        assert run(data, "market", "channel", "--market", market, "--channel", f"_{code}").returncode == 0
        assert run(data, "friends", "record", "--shop", f"{market}/{shop}", "--count", "40",
                   "--date", "2026-11-01").returncode == 0
    for shop, counts in (("신영시장 상인회", (900, 1200)), ("자양시장 상인회", (1000, 1100))):
        for day, count in zip(("2026-11-01", "2026-11-20"), counts, strict=True):
            assert run(data, "friends", "record", "--shop", shop, "--count", str(count), "--date", day).returncode == 0
    out = tmp_path / "all.pdf"
    done = run(data, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf", "--out", out)
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert ("시장 채널(상인회) — 친구가 가장 많은 가게: 1위 신영시장 상인회 (1,200명) · 2위 자양시장 상인회 (1,100명)"
            in text)
    assert "시장 채널(상인회) — 친구가 가장 많이 늘어난 가게: 1위 신영시장 상인회 (300명)" in text
    assert "1위 신영시장/해남채소, 자양시장/자양정육 공동 (40명)" in text  # the shops' own award, channels apart
    one_market = tmp_path / "one.pdf"
    assert run(data, "report", "--market", "신영시장", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf",
               "--out", one_market).returncode == 0
    assert "시장 채널(상인회) —" not in " ".join(subprocess.run(["pdftotext", str(one_market), "-"],
                                                          capture_output=True, text=True).stdout.split())
