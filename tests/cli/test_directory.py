"""The market directory board (시장 안내판) from the command line: every shop with a channel on it, grouped by lane or
kind, every QR read by zbarimg from the PDF and the post pictures, the paper's real size, 300 shops in pages, and
every refusal said plainly with nothing written."""

from __future__ import annotations

import subprocess

import pytest

from tests.cli_runner import run

MARKET = "https://pf.kakao.com/_Sinyoung/friend"


def link(n: int) -> str:
    return f"https://pf.kakao.com/_Shop{n:03d}/friend"


def add(data, name, n, location="", category="vegetables", new_market=False):
    args = ["shops", "add", "--name", name, "--market", "신영시장", "--category", category, "--channel",
            f"_Shop{n:03d}", "--location", location]
    done = run(data, *(args + (["--new-market"] if new_market else [])))
    assert done.returncode == 0, done.stderr


@pytest.fixture
def market(tmp_path):
    data = tmp_path / "data"
    add(data, "해남채소", 1, "1번 골목 3호", new_market=True)
    add(data, "한우정육", 2, "2번 골목 1호", "meat")
    add(data, "바다수산", 3, "10번 골목 2호", "fish")
    add(data, "할매떡집", 4, "1번 골목 12호", "rice_cakes")
    add(data, "아주아주긴이름의전통시장대표반찬가게본점", 5, "", "side_dishes")
    assert run(data, "shops", "add", "--name", "채널없는집", "--market", "신영시장").returncode == 0
    assert run(data, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung").returncode == 0
    return data


COLUMNS = {"a4": 2, "a3": 3, "a2": 4}


def qr_codes(path, tmp_path, paper="a4"):
    """Every QR zbarimg reads. A page is read a column of cards at a time: zbar alone on a whole page of 18 codes
    missed up to five at 150 dpi (each of them reads on its own), the way a phone is held to one card."""
    from PIL import Image

    images = [path]
    if path.suffix == ".pdf":
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
        images = []
        for page in sorted(tmp_path.glob("page*.png")):
            picture = Image.open(page)
            step = picture.width // COLUMNS[paper]
            for c in range(COLUMNS[paper]):
                strip = tmp_path / f"{page.stem}-column{c}.png"
                picture.crop((c * step, 0, (c + 1) * step, picture.height)).save(strip)
                images.append(strip)
    read = subprocess.run(["zbarimg", "-q", "--raw", *map(str, images)], capture_output=True, text=True)
    return read.stdout.split()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_the_board_groups_by_lane_in_number_order_and_every_qr_reads(market, tmp_path):
    out = tmp_path / "안내판.pdf"
    done = run(market, "directory", "--market", "신영시장", "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\t")[:2] == [str(out), "5"]
    assert "채널없는집" in done.stderr  # said, not hidden: it needs a channel address first
    text = pdf_text(out)
    # lanes in number order (10 after 2), shops by place inside a lane, the unplaced last; the association's own
    # channel is the market's, not a shop card
    order = [text.index(w) for w in ("1번 골목", "해남채소", "할매떡집", "2번 골목", "10번 골목",
                                     "자리를 아직 안 적은")]
    assert order == sorted(order)
    assert "상인회" not in text and "채널없는집" not in text
    pages = int(done.stdout.split("\t")[2])
    # every shop's QR, and the market channel's (the association's) at the top of every page
    assert sorted(qr_codes(out, tmp_path)) == sorted([link(n) for n in range(1, 6)] + [MARKET] * pages)
    assert "오른쪽 위는 시장 채널" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "A4" in info and "신영시장 가게 안내" in info


def test_a_long_name_without_spaces_is_broken_inside_the_card_not_clipped(market, tmp_path):
    out = tmp_path / "board.pdf"
    assert run(market, "directory", "--market", "신영시장", "--out", out).returncode == 0
    text = "".join(pdf_text(out).split())
    assert "아주아주긴이름의전통시장대표반찬가게본점" in text


def test_by_kind_and_on_a2_paper(market, tmp_path):
    out = tmp_path / "board.pdf"
    done = run(market, "directory", "--market", "신영시장", "--by", "kind", "--paper", "a2", "--out", out)
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "1191 x 1684 pts (A2)" in info
    text = pdf_text(out)
    for kind in ("채소", "정육·고기", "수산물·생선", "떡·방앗간", "반찬"):
        assert kind in text
    assert sorted(qr_codes(out, tmp_path, "a2")) == sorted([link(n) for n in range(1, 6)] + [MARKET])


def test_post_pictures_hold_four_shops_at_most_shared_out_evenly(tmp_path):
    data = tmp_path / "data"
    for n in range(1, 6):
        add(data, f"가게{n}", n, f"1번 골목 {n}호", new_market=n == 1)
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    done = run(data, "directory", "--market", "신영시장", "--out", tmp_path / "b.pdf", "--pictures", pictures)
    assert done.returncode == 0, done.stderr
    made = sorted(pictures.glob("*.png"))
    assert [p.name for p in made] == ["신영시장 안내 1.png", "신영시장 안내 2.png"]
    from PIL import Image

    assert all(Image.open(p).size == (720, 720) for p in made)
    read = [qr_codes(p, tmp_path) for p in made]
    assert [len(r) for r in read] == [3, 2]  # five shops: three and two, not four and one
    assert sorted(sum(read, [])) == sorted(link(n) for n in range(1, 6))


def test_three_hundred_shops_make_pages_and_every_qr_still_reads(tmp_path):
    data = tmp_path / "data"
    for n in range(300):
        args = ["shops", "add", "--name", f"가게{n:03d}", "--market", "신영시장", "--channel", f"_Shop{n:03d}",
                "--location", f"{n % 12 + 1}번 골목 {n}호"] + (["--new-market"] if n == 0 else [])
        assert run(data, *args).returncode == 0
    out = tmp_path / "big.pdf"
    done = run(data, "directory", "--market", "신영시장", "--paper", "a3", "--out", out)
    assert done.returncode == 0, done.stderr
    pages = int(done.stdout.split("\t")[2])
    assert pages > 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert f"Pages:           {pages}" in info and "(A3)" in info
    assert sorted(qr_codes(out, tmp_path, "a3")) == sorted(link(n) for n in range(300))


@pytest.mark.parametrize("args, words", [
    (["--market", "없는시장"], "신영시장"),  # the markets there are, named
    (["--market", "신영 시장"], "신영시장"),  # the market meant
    (["--market", "신영시장", "--paper", "a0"], "a0"),
    (["--market", "신영시장", "--by", "floor"], "floor"),
    (["--market", "신영시장", "--pictures", "no-such-folder"], "no-such-folder"),
])
def test_refusals_are_plain_and_write_nothing(market, tmp_path, args, words):
    out = tmp_path / "board.pdf"
    done = run(market, "directory", *args, "--out", out)
    assert done.returncode != 0 and words in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_market_with_no_channel_shop_is_refused(tmp_path):
    data = tmp_path / "data"
    assert run(data, "shops", "add", "--name", "채널없는집", "--market", "빈시장", "--new-market").returncode == 0
    out = tmp_path / "board.pdf"
    done = run(data, "directory", "--market", "빈시장", "--out", out)
    assert done.returncode != 0 and "빈시장" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_picture_already_there_is_not_replaced_and_the_board_is_not_written(market, tmp_path):
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "신영시장 안내 1.png").write_bytes(b"mine")
    out = tmp_path / "board.pdf"
    done = run(market, "directory", "--market", "신영시장", "--out", out, "--pictures", pictures)
    assert done.returncode != 0 and "Traceback" not in done.stderr and "--force" in done.stderr
    assert (pictures / "신영시장 안내 1.png").read_bytes() == b"mine"
    assert not out.exists() and len(list(pictures.iterdir())) == 1


def test_a_name_is_checked_on_the_narrowest_card_and_a_long_spaced_name_shrinks_to_fit(tmp_path):
    """Names are measured on the narrowest card any paper or picture has (A3's and the pictures', 88 mm), so a name
    that passes is never cut on another paper; a long name with spaces takes a smaller size rather than a refusal."""
    data = tmp_path / "data"
    add(data, "할매 손두부 반찬 가게 신영시장 본점 직영", 1, "1번 골목 1호", new_market=True)
    out = tmp_path / "board.pdf"
    done = run(data, "directory", "--market", "신영시장", "--paper", "a3", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "할매손두부반찬가게신영시장본점직영" in "".join(pdf_text(out).split())
    add(data, "가" * 32, 2, "1번 골목 2호")  # fits an A4 card (93 mm), not an A3 one
    for paper in ("a4", "a3"):
        refused = run(data, "directory", "--market", "신영시장", "--paper", paper, "--out", tmp_path / f"{paper}.pdf")
        assert refused.returncode != 0 and "가" * 32 in refused.stderr and "Traceback" not in refused.stderr
        assert not (tmp_path / f"{paper}.pdf").exists()
