"""A market-wide event in one go (issue 29, part 4) from the command line: the message (passing the wizard's checks,
kept in the association's message box), the post, the A4 poster, the stamp-tour card and a window sign per shop —
every page's QR read by zbarimg, the text read by pdftotext, the page size by pdfinfo — the event and who took part
in the report; every refusal said plainly, with nothing written."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pytest

from danggol_desktop import resources
from danggol_desktop.domain.clock import KOREA
from danggol_desktop.domain.message_text import check_message, load_rules
from tests.cli_runner import run

MARKET_LINK = "https://pf.kakao.com/_Sinyoung/friend"
FILES = ("메시지.txt", "소식.txt", "포스터.pdf", "스탬프 투어.pdf", "참여 가게 안내문.pdf")
EVENT = ("--market", "신영시장", "--name", "김장 대축제", "--from", "2026-12-10", "--to", "2026-12-12",
         "--benefit", "3만 원 이상 사시면 경품 추첨")


def add(data, name, location="", new_market=False):
    args = ["shops", "add", "--name", name, "--market", "신영시장", "--location", location]
    done = run(data, *(args + (["--new-market"] if new_market else [])))
    assert done.returncode == 0, done.stderr


@pytest.fixture
def market(tmp_path):
    data = tmp_path / "data"
    add(data, "해남채소", "1번 골목 3호", new_market=True)
    add(data, "한우정육", "2번 골목 1호")
    add(data, "바다수산")
    assert run(data, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung",
               "--search-id", "sinyoung").returncode == 0
    return data


def pages_read(pdf, tmp_path):
    """What zbarimg reads on each page, rendered at 150 dpi by pdftoppm."""
    stem = tmp_path / f"render-{pdf.stem}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(stem)], check=True)
    found = []
    for page in sorted(tmp_path.glob(f"{stem.name}*.png")):
        read = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
        found.append(read.stdout.split())
    return found


def pdf_text(pdf):
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())


def pdf_info(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in out.splitlines() if ":" in line}


def report_rows(data, tmp_path):
    """The market report's CSV rows; [] while the market has nothing to report (the report says so)."""
    out = tmp_path / "report.csv"
    done = run(data, "report", "--market", "신영시장", "--from", "2026-11-01", "--to", "2026-12-31", "--format",
               "csv", "--out", out, "--force")
    if done.returncode != 0 and "기록이 없어서" in done.stderr:
        return []
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8-sig").splitlines()


def test_an_event_makes_every_piece_and_is_in_the_report(market, tmp_path):
    out = tmp_path / "행사"
    done = run(market, "event", *EVENT, "--shop", "해남채소", "한우정육", "--out-dir", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    pages = {"포스터.pdf": 1, "스탬프 투어.pdf": 1, "참여 가게 안내문.pdf": 2}
    for name, count in pages.items():
        pdf = out / name
        assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
        info = pdf_info(pdf)
        assert info["Pages"] == str(count) and "A4" in info["Page size"]
        assert pages_read(pdf, tmp_path) == [[MARKET_LINK]] * count  # every page: the market channel's QR
    poster = pdf_text(out / "포스터.pdf")
    assert "김장 대축제" in poster and "12월 10일(목)~12일(토)" in poster and "참여 가게 2곳" in poster
    assert "@sinyoung" in poster
    stamps = pdf_text(out / "스탬프 투어.pdf")
    assert "김장 대축제 스탬프 투어" in stamps and "해남채소" in stamps and "1번 골목 3호" in stamps
    assert "바다수산" not in stamps
    signs = pdf_text(out / "참여 가게 안내문.pdf")
    assert signs.count("행사 참여 가게") == 2 and "한우정육" in signs and "신영시장 2번 골목 1호" in signs
    message = (out / "메시지.txt").read_text(encoding="utf-8")
    assert message.startswith("[신영시장] 김장 대축제") and "참여 가게: 해남채소, 한우정육" in message
    rules = load_rules(resources.asset("data", "kakao_messages.json"))
    checks = check_message(message.strip(), rules, "basic_text", datetime(2026, 12, 8, 10, 0, tzinfo=KOREA))
    assert not [c for c in checks if c.severity == "block"]
    assert (out / "소식.txt").read_text(encoding="utf-8").startswith("김장 대축제\n\n[신영시장] 김장 대축제")
    rows = report_rows(market, tmp_path)
    header = rows.index("시장,시장 행사,첫날,마지막 날,혜택,참여 가게 수,참여 가게")
    assert rows[header + 1] == ("신영시장,김장 대축제,2026-12-10,2026-12-12,3만 원 이상 사시면 경품 추첨,2,"
                                "\"해남채소, 한우정육\"")
    done = run(market, "report", "--market", "신영시장", "--from", "2026-11-01", "--to", "2026-12-31", "--format",
               "pdf", "--out", tmp_path / "report.pdf")
    assert done.returncode == 0, done.stderr
    assert ("시장 행사 김장 대축제 (12월 10일(목)~12일(토)): 참여 가게 2곳 (해남채소, 한우정육) — "
            "3만 원 이상 사시면 경품 추첨" in pdf_text(tmp_path / "report.pdf"))


def test_the_message_waits_in_the_associations_message_box(market, tmp_path, qapp):
    from danggol_desktop.storage.database import open_database
    from danggol_desktop.storage.message_repo import MessageRepo
    from danggol_desktop.storage.shop_repo import ShopRepo
    from tests.clock import make_clock

    assert run(market, "event", *EVENT, "--shop", "해남채소", "--out-dir", tmp_path / "a").returncode == 0
    # made again with a shop more and a longer run: one event, one message, both up to date
    again = [*EVENT[:7], "2026-12-13", *EVENT[8:]]
    done = run(market, "event", *again, "--shop", "해남채소", "바다수산", "--out-dir", tmp_path / "a", "--force")
    assert done.returncode == 0, done.stderr
    db = open_database(market / "danggol.sqlite", clock=make_clock())
    association = next(s for s in ShopRepo(db).list() if s.name == "신영시장 상인회")
    box = MessageRepo(db).box(association.id)
    assert [(m.kind, m.status) for m in box] == [("market_event", "saved")]
    assert "바다수산" in box[0].body and "13일" in box[0].body
    db.conn.close()
    rows = report_rows(market, tmp_path)
    events = [row for row in rows if row.startswith("신영시장,김장 대축제")]
    assert events == ["신영시장,김장 대축제,2026-12-10,2026-12-13,3만 원 이상 사시면 경품 추첨,2,"
                      "\"해남채소, 바다수산\""]


def test_twenty_five_shops_make_two_stamp_cards_and_a_sign_each(tmp_path):
    data = tmp_path / "data"
    add(data, "가게01", "1번 골목 1호", new_market=True)
    names = ["가게01"] + [f"가게{n:02d}" for n in range(2, 26)]
    for name in names[1:]:
        add(data, name, f"{int(name[2:]) % 5 + 1}번 골목 {name[2:]}호")
    assert run(data, "market", "channel", "--market", "신영시장", "--channel", "_Sinyoung").returncode == 0
    out = tmp_path / "행사"
    done = run(data, "event", *EVENT, "--shop", *names, "--out-dir", out)
    assert done.returncode == 0, done.stderr
    assert pages_read(out / "스탬프 투어.pdf", tmp_path) == [[MARKET_LINK]] * 2
    assert len(pages_read(out / "참여 가게 안내문.pdf", tmp_path)) == 25
    stamps = pdf_text(out / "스탬프 투어.pdf")
    assert all(name in stamps for name in names) and "1/2쪽" in stamps and "2/2쪽" in stamps
    message = (out / "메시지.txt").read_text(encoding="utf-8")
    assert "참여 가게: 가게01," in message  # 25 short names are listed; a longer list is counted instead


@pytest.mark.parametrize("args, words", [
    (("--shop", "헤남채소"), "'헤남채소' 가게가 없어요"),
    (("--shop", "해남 채소"), "'해남채소' 가게를 말씀하신 건가요?"),
    (("--shop", "신영시장 상인회"), "가게가 없어요"),  # the association is not a shop taking part
    (("--shop", "해남채소", "--from", "2026-12-20"), "끝나는 날이 시작하는 날보다 앞서"),
    (("--shop", "해남채소", "--from", "2026-11-01", "--to", "2026-11-02"), "이미 지난 날"),
    (("--shop", "해남채소", "--to", "2027-03-31"), "62일까지"),
    (("--shop", "해남채소", "--from", "2028-01-01", "--to", "2028-01-02"), "연도를 확인"),
    (("--shop", "해남채소", "--from", "12월 10일"), "날짜"),
    (("--shop", "해남채소", "--name", "가" * 31), "30자 안으로"),
    (("--shop", "해남채소", "--benefit", "  "), "혜택을 적어"),
    (("--shop", "해남채소", "--name", "축제 🎉"), "인쇄할 수 없는 글자"),
    (("--shop", "해남채소", "--market", "없는시장"), "시장"),
])
def test_a_refused_event_says_why_and_writes_nothing(market, tmp_path, args, words):
    before = report_rows(market, tmp_path)
    merged = dict(zip(EVENT[::2], EVENT[1::2], strict=True))
    extra = list(args)
    shops = []
    while extra:
        key = extra.pop(0)
        if key == "--shop":
            while extra and not extra[0].startswith("--"):
                shops.append(extra.pop(0))
        else:
            merged[key] = extra.pop(0)
    flat = [item for pair in merged.items() for item in pair]
    out = tmp_path / "행사"
    done = run(market, "event", *flat, "--shop", *shops, "--out-dir", out)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert words in done.stderr, done.stderr
    assert not out.exists() or list(out.iterdir()) == []
    assert report_rows(market, tmp_path) == before


def test_a_market_without_its_channel_is_told_how_to_give_it(tmp_path):
    data = tmp_path / "data"
    add(data, "해남채소", new_market=True)
    done = run(data, "event", *EVENT, "--shop", "해남채소", "--out-dir", tmp_path / "행사")
    assert done.returncode != 0 and "danggol market channel" in done.stderr
    assert not (tmp_path / "행사").exists() or not list((tmp_path / "행사").iterdir())


def test_pieces_already_there_are_kept_unless_forced(market, tmp_path):
    out = tmp_path / "행사"
    out.mkdir()
    (out / "포스터.pdf").write_bytes(b"the tutor's own poster")
    done = run(market, "event", *EVENT, "--shop", "해남채소", "--out-dir", out)
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.strip()
    assert [p.name for p in out.iterdir()] == ["포스터.pdf"]
    assert (out / "포스터.pdf").read_bytes() == b"the tutor's own poster"
    assert not [row for row in report_rows(market, tmp_path) if "김장 대축제" in row]  # not recorded either
