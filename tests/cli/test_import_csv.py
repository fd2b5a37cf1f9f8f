"""`danggol import-csv` (issue 28, 'what to build' 5): a tutor's spreadsheet of counts, messages and posts — Korean or
English column names, UTF-8 or Excel's CP949 — every row checked as typed input, all or nothing, bad rows named."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli_runner import run

HEADER_KO = "종류,시장,가게,날짜,값\r\n"


@pytest.fixture
def market(data_dir, qapp):
    for name, channel in (("해남채소", "_AbCdE"), ("바다수산", "_Fish1")):
        added = run(data_dir, "shops", "add", "--name", name, "--market", "신영시장", "--channel", channel)
        assert added.returncode == 0
    assert run(data_dir, "shops", "add", "--name", "주소없는집", "--market", "신영시장").returncode == 0
    return data_dir


def table(data_dir, sql):
    with sqlite3.connect(data_dir / "danggol.sqlite") as db:
        return db.execute(sql).fetchall()


def counts(data_dir):
    return table(data_dir, "SELECT s.name, f.day, f.count FROM friend_counts f JOIN shops s ON s.id = f.shop_id "
                           "WHERE f.deleted_at IS NULL ORDER BY s.name, f.day")


def write(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


def test_counts_messages_and_posts_come_in_from_a_korean_excel_file(market, tmp_path):
    rows = HEADER_KO + ("친구 수,신영시장,해남채소,2026-11-02,40\r\n"
                        "친구 수,신영시장,바다수산,2026. 11. 2.,12\r\n"  # as Korean Excel shows a date
                        "보낸 메시지,신영시장,해남채소,2026/11/03,배추 특가\r\n"
                        "소식,신영시장,바다수산,2026-11-04,고등어 들어왔어요\r\n"
                        ",,,,\r\n"
                        "친구 수,신영시장,주소없는집,2026-11-02,\r\n")  # a template line left empty: skipped
    csv_file = write(tmp_path / "이번주.csv", rows, "cp949")
    checked = run(market, "import-csv", str(csv_file), "--dry-run")
    assert checked.returncode == 0, checked.stderr
    assert "2" in checked.stdout and counts(market) == []  # a dry run writes nothing
    done = run(market, "import-csv", str(csv_file))
    assert done.returncode == 0, done.stderr
    assert counts(market) == [("바다수산", "2026-11-02", 12), ("해남채소", "2026-11-02", 40)]
    assert table(market, "SELECT count(*) FROM messages WHERE status = 'sent'") == [(1,)]
    assert table(market, "SELECT title, day FROM posts") == [("고등어 들어왔어요", "2026-11-04")]


def test_english_column_names_in_any_order(market, tmp_path):
    csv_file = write(tmp_path / "week.csv", "date,shop,value,kind\r\n2026-11-05,해남채소,44,friends\r\n")
    assert run(market, "import-csv", str(csv_file)).returncode == 0
    assert counts(market) == [("해남채소", "2026-11-05", 44)]


@pytest.mark.parametrize("row, says", [
    ("친구 수,신영시장,없는가게,2026-11-02,40", "3행, '가게' 칸"),
    ("친구 수,신영시장,해남채소,2026-13-02,40", "3행, '날짜' 칸"),
    ("친구 수,신영시장,해남채소,2030-01-01,40", "3행, '날짜' 칸"),  # a day that has not come
    ("친구 수,신영시장,해남채소,2026-11-02,-5", "3행, '값' 칸"),
    ("친구 수,신영시장,해남채소,2026-11-02,99999999999", "3행, '값' 칸"),
    ("친구 수,신영시장,해남채소,2026-11-02,=40+1", "수식"),
    ("친구 수,신영시장,해남채소,=TODAY(),40", "수식"),
    ("안부,신영시장,해남채소,2026-11-02,40", "3행, '종류' 칸"),
    ("친구 수,신영시장,주소없는집,2026-11-02,40", "채널 주소"),
])
def test_one_bad_row_refuses_the_whole_file_and_names_its_row(market, tmp_path, row, says):
    good = "친구 수,신영시장,바다수산,2026-11-02,12\r\n"
    csv_file = write(tmp_path / "bad.csv", HEADER_KO + good + row + "\r\n")
    done = run(market, "import-csv", str(csv_file))
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "아무것도 가져오지 않았어요" in done.stderr
    assert counts(market) == []  # the good row did not come in either


@pytest.mark.parametrize("content, says", [
    (b"\xff\xfe\x00\x00garbage\x80\x81", "읽을 수 없어요"),
    ("가게,값\r\n해남채소,40\r\n".encode(), "'종류' 칸"),
    (b"", "비어 있어요"),
])
def test_a_file_that_is_not_a_count_list_is_refused_plainly(market, tmp_path, content, says):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    done = run(market, "import-csv", str(path))
    assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert counts(market) == []


def test_a_hundred_thousand_rows_are_refused_with_the_row_named(market, tmp_path):
    line = "친구 수,신영시장,해남채소,2026-11-02,40\r\n"
    path = write(tmp_path / "huge.csv", HEADER_KO + line * 100_000)
    done = run(market, "import-csv", str(path))
    assert done.returncode == 2 and "20,000" in done.stderr and "20002행" in done.stderr, done.stderr
    assert counts(market) == []


def test_the_template_lists_the_markets_channel_shops_to_fill_in(market, tmp_path):
    out = tmp_path / "template.csv"
    made = run(market, "import-csv", "--template", str(out))
    assert made.returncode == 0, made.stderr
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "종류,시장,가게,날짜,값" and len(lines) == 3  # the shop without an address is not listed
    filled = "\r\n".join([lines[0], *(line + "33" for line in lines[1:])]) + "\r\n"
    write(out, filled)
    assert run(market, "import-csv", str(out)).returncode == 0
    assert [c[2] for c in counts(market)] == [33, 33]
