"""The `danggol` command, run as a merchant's tutor would: a real process, a temporary data dir."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from danggol_desktop import __version__
from danggol_desktop.storage.database import SCHEMA_VERSION, open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from tests.cli_runner import run, run_process
from tests.clock import make_clock


def shop_rows(data_dir):
    path = data_dir / "danggol.sqlite"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM shops").fetchall()
    finally:
        conn.close()


def test_version(data_dir):
    out = run(data_dir, "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"danggol {__version__}"


def test_shops_add_list_archive(data_dir):
    added = run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--category", "채소",
                "--phone", "01012345678", "--channel", "pf.kakao.com/_AbCdE")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "신영시장/해남채소"
    # a second market is an explicit choice (issue 28, finding 10): typed alone it is refused, naming the markets
    typo = run(data_dir, "shops", "add", "--name", "바다수산", "--market", "자양전통시장")
    assert typo.returncode == 2 and "--new-market" in typo.stderr and "신영시장" in typo.stderr
    assert run(data_dir, "shops", "add", "--name", "바다수산", "--market", "자양전통시장",
               "--new-market").returncode == 0
    near = run(data_dir, "shops", "add", "--name", "잡곡나라", "--market", "신영 시장", "--new-market")
    assert near.returncode == 2 and "신영시장" in near.stderr  # '신영 시장' is 신영시장 typed differently
    phone = run(data_dir, "shops", "add", "--name", "잡곡나라", "--market", "010-3129-7614", "--new-market")
    assert phone.returncode == 2 and "전화번호" in phone.stderr
    listed = run(data_dir, "shops", "list").stdout.splitlines()
    assert "신영시장\t해남채소\tvegetables\t010-1234-5678\thttps://pf.kakao.com/_AbCdE/friend" in listed
    assert len(listed) == 2
    assert run(data_dir, "shops", "list", "--market", "자양전통시장").stdout.splitlines() == [
        "자양전통시장\t바다수산\t\t\t"]
    archived = run(data_dir, "shops", "archive", "--name", "신영시장/해남채소")
    assert archived.returncode == 0
    assert len(run(data_dir, "shops", "list").stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "args, expected",
    [
        (["shops", "add", "--name", "해남채소", "--market", "신영시장", "--phone", "전화 없음"], "전화번호는 숫자로"),
        (["shops", "add", "--name", "해남채소", "--market", "신영시장", "--channel", "@해남채소"], "검색용 아이디"),
        (
            ["shops", "add", "--name", "해남채소", "--market", "신영시장", "--channel", "javascript:alert(1)"],
            "쓸 수 없는 주소",
        ),
        (["shops", "add", "--name", "   ", "--market", "신영시장"], "이름을 적어 주세요"),
        (["shops", "add", "--name", "해남채소", "--market", "신영시장", "--category", "우주선"], "가게 종류"),
        (["shops", "add", "--name", "해남\x07채소", "--market", "신영시장"], "쓸 수 없는 글자"),
        (["shops", "archive", "--name", "없는가게"], "찾지 못했어요"),
        (["shops", "frobnicate"], "명령을 이해하지 못했어요"),
        (["shops", "add", "--name", "해남채소"], "명령을 이해하지 못했어요"),
        (["--smoke-test", "--bogus"], "명령을 이해하지 못했어요"),  # not a plain start: the full parser refuses it
        (["--smoke-test", "--data-dir"], "명령을 이해하지 못했어요"),
    ],
)
def test_bad_input_one_korean_line_nonzero_and_nothing_written(data_dir, args, expected):
    out = run(data_dir, *args)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], out.stderr
    assert "Traceback" not in out.stderr
    assert shop_rows(data_dir) == []


def test_a_name_taken_in_the_same_market_is_refused(data_dir):
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장").returncode == 0
    out = run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장")
    assert out.returncode == 2 and "이미 있어요" in out.stderr
    assert shop_rows(data_dir) == [("해남채소",)]


def test_messages_follow_the_language_chosen_in_the_app(data_dir):
    assert run(data_dir, "shops", "list").returncode == 0
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    conn.execute("INSERT INTO settings (key, value) VALUES ('language', 'en')")
    conn.commit()
    conn.close()
    out = run(data_dir, "shops", "archive", "--name", "nobody")
    assert out.returncode == 2 and out.stderr.strip() == "No shop with that name was found."


def test_data_dir_from_the_environment(tmp_path):
    elsewhere = tmp_path / "from-env"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DANGGOL_DATA_DIR=str(elsewhere))
    out = subprocess.run(
        [sys.executable, "-m", "danggol_desktop", "shops", "add", "--name", "가", "--market", "나"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert (elsewhere / "danggol.sqlite").exists()


@pytest.mark.parametrize(
    "argv",
    [[], ["--smoke-test"], ["--data-dir", "/x"], ["--data-dir=/x"], ["--smoke-test", "--data-dir", "/x y"],
     ["--data-dir", "가게", "--smoke-test"], ["--data-dir", ""]],
)
def test_a_plain_start_skips_the_command_parser_and_reads_the_same(argv):
    """Starting the app builds no subcommand parser, and reads its arguments exactly as the full parser would."""
    from danggol_desktop.cli import _plain_start
    from danggol_desktop.cli_parser import build_parser

    args = build_parser(lambda: "refused").parse_args(argv)
    assert args.command is None
    assert _plain_start(argv) == (args.data_dir, args.smoke_test)


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["-h"], ["--version"], ["shops", "list"], ["--smoke-test", "--smoke-test"], ["--data-dir"],
     ["--data-dir", "--smoke-test"], ["--data-dir="], ["--data-dir", "a", "--data-dir", "b"], ["--smoke-test", "x"],
     ["--data"], ["--smoke"]],
)
def test_anything_but_a_plain_start_goes_to_the_full_parser(argv):
    from danggol_desktop.cli import _plain_start

    assert _plain_start(argv) is None


@pytest.mark.parametrize("with_shop", [False, True], ids=["first-run-wizard", "home"])
def test_smoke_test_prints_milliseconds_to_first_paint(data_dir, with_shop):
    if with_shop:
        assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장").returncode == 0
    out = run(data_dir, "--smoke-test")
    assert out.returncode == 0, out.stderr
    ms = int(out.stdout.strip())
    assert 0 < ms < 60000


def test_a_newer_database_is_refused_and_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "danggol.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE shops (name)")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for args in (["shops", "list"], ["--smoke-test"]):
        out = run(data_dir, *args)
        assert out.returncode == 2
        assert "새로운 단골 프로그램" in out.stderr and "Traceback" not in out.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_friends_record_and_list(data_dir):
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장",
               "--channel", "_Seed").returncode == 0
    assert (
        run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "40", "--date", "2026-11-01").returncode
        == 0
    )
    out = run(
        data_dir,
        "friends",
        "record",
        "--shop",
        "신영시장/해남채소",
        "--count",
        "1,234",
        "--date",
        "2026-11-02",
        "--note",
        "시장 행사",
    )
    assert out.returncode == 0 and out.stdout.strip() == "2026-11-02\t1234"
    assert (
        run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "45", "--date", "2026-11-01").returncode
        == 0
    )
    table = run(data_dir, "friends", "list", "--shop", "해남채소")
    assert table.stdout.splitlines() == ["2026-11-01\t45", "2026-11-02\t1234\t시장 행사"]
    # the same bytes as the screen's export: BOM, CRLF, the headers in the UI language
    raw = run_process(data_dir, "friends", "list", "--shop", "해남채소", "--format", "csv").stdout_bytes
    assert raw == "\ufeff날짜,친구 수,메모\r\n2026-11-01,45,\r\n2026-11-02,1234,시장 행사\r\n".encode()
    codes = run(data_dir, "friends", "list", "--shop", "해남채소", "--format", "csv", "--header", "codes")
    assert codes.stdout.splitlines()[0] == "\ufeffdate,count,note"
    today = run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "50")
    assert today.returncode == 0


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--count", "-3"], "0보다"),
        (["--count", "3.5"], "소수점"),
        (["--count", "많이"], "숫자만"),
        (["--count", "10", "--date", "2999-01-01"], "아직 오지 않은 날"),
        (["--count", "10", "--date", "2009-12-31"], "2010년"),
        (["--count", "10", "--date", "어제"], "2026-11-26처럼"),
        (["--count", "10", "--shop", "없는가게"], "찾지 못했어요"),
    ],
)
def test_friends_bad_input(data_dir, args, expected):
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장").returncode == 0
    full = ["friends", "record", "--shop", "해남채소", *args] if "--shop" not in args else ["friends", "record", *args]
    out = run(data_dir, *full)
    assert out.returncode == 2 and expected in out.stderr and len(out.stderr.strip().splitlines()) == 1
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    assert conn.execute("SELECT count(*) FROM friend_counts").fetchone()[0] == 0
    conn.close()


def test_poster_pdf_and_png_from_the_command_line(data_dir, tmp_path):
    from PIL import Image

    from danggol_desktop.poster.qr import decode_all

    out = run(
        data_dir,
        "poster",
        "--shop",
        "해남채소",
        "--channel",
        "pf.kakao.com/_AbCdE",
        "--layout",
        "card",
        "--out",
        str(tmp_path / "card.png"),
    )
    assert out.returncode == 0, out.stderr
    assert decode_all(Image.open(tmp_path / "card.png")) == ["https://pf.kakao.com/_AbCdE/friend"]
    pdf = run(
        data_dir,
        "poster",
        "--shop",
        "해남채소",
        "--channel",
        "_AbCdE",
        "--headline",
        "오늘 특가 있어요",
        "--offer",
        "덤 드려요",
        "--out",
        str(tmp_path / "a4.pdf"),
    )
    assert pdf.returncode == 0 and (tmp_path / "a4.pdf").read_bytes().startswith(b"%PDF")
    assert pdf.stdout.strip().endswith("10.0cm")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by make test")
def test_poster_says_what_friends_of_the_shop_get_unless_told_otherwise(data_dir, tmp_path):
    assert run(data_dir, "shops", "add", "--name", "바다수산", "--market", "신영시장", "--category", "fish",
               "--channel", "_Fish1").returncode == 0

    def words(*extra):
        out = tmp_path / "p.pdf"
        done = run(data_dir, "poster", "--shop", "신영시장/바다수산", *extra, "--out", str(out), "--force")
        assert done.returncode == 0, done.stderr
        return " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())

    assert "좋은 생선 들어오는 날 먼저 알려 드려요" in words()  # the screen's default, from the shop's kind
    assert "손님께 10% 할인" in words("--offer", "친구 추가 손님께 10% 할인")
    assert "알려 드려요" not in words("--offer", "")  # none asked for: none printed
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    assert [row[0] for row in conn.execute("SELECT offer FROM posters ORDER BY id")] == [
        "좋은 생선 들어오는 날 먼저 알려 드려요", "친구 추가 손님께 10% 할인", ""]
    conn.close()


@pytest.mark.parametrize("layout", ["a4", "card"])
def test_a_poster_names_the_channels_search_id_under_the_qr_when_it_is_known(data_dir, tmp_path, layout):
    added = run(data_dir, "shops", "add", "--name", "바다수산", "--market", "신영시장", "--channel", "_Fish1")
    assert added.returncode == 0
    out = tmp_path / "p.pdf"
    assert run(data_dir, "poster", "--shop", "바다수산", "--layout", layout, "--out", str(out)).returncode == 0
    assert "검색" not in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    db = open_database(data_dir / "danggol.sqlite", clock=make_clock())
    shop = ShopRepo(db).list()[0]
    ShopRepo(db).set_channel(shop.id, shop.channel_url, "바다수산")  # as the channel kit saves it
    db.conn.close()
    done = run(data_dir, "poster", "--shop", "바다수산", "--layout", layout, "--out", str(out), "--force")
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "카카오톡에서 @바다수산 검색" in text
    png = tmp_path / "p.png"
    assert run(data_dir, "poster", "--shop", "바다수산", "--layout", layout, "--out", str(png)).returncode == 0
    read = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert "https://pf.kakao.com/_Fish1/friend" in read.stdout.splitlines()


def test_poster_for_every_shop_of_a_market_and_history(data_dir, tmp_path):
    for name, channel in (("해남채소", "_AbCdE"), ("바다수산", "_Fish1"), ("빈가게", "")):
        args = ["shops", "add", "--name", name, "--market", "신영시장"] + (["--channel", channel] if channel else [])
        assert run(data_dir, *args).returncode == 0
    out = run(data_dir, "poster", "--market", "신영시장", "--layout", "stickers", "--out", str(tmp_path / "all.pdf"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\t")[1] == "2"  # the shop without a channel is left out
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    assert conn.execute("SELECT count(*) FROM posters").fetchone()[0] == 2
    # no gift that no merchant chose on a market's posters (issue 28, finding 10)
    assert {h for (h,) in conn.execute("SELECT headline FROM posters")} == {"카카오톡 친구가 되어 주세요"}
    conn.close()
    none = run(data_dir, "poster", "--market", "자양시장", "--out", str(tmp_path / "none.pdf"))
    assert none.returncode == 2 and "채널 주소가 있는 가게가 없어요" in none.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--channel", "@해남채소", "--out", "p.pdf"], "검색용 아이디"),
        (["--channel", "https://evil.example/_AbCdE", "--out", "p.pdf"], "채널 주소가 아니에요"),
        (["--channel", "_AbCdE", "--out", "p.docx"], ".pdf나 .png"),
        (["--channel", "_AbCdE", "--headline", "🎉 세일", "--out", "p.pdf"], "인쇄할 수 없는 글자"),
        (
            ["--channel", "_AbCdE", "--layout", "card", "--headline", "아주 긴 제목 " * 12, "--out", "p.pdf"],
            "줄여 주세요",
        ),
        (["--channel", "_AbCdE", "--logo", "no-such-logo.png", "--out", "p.pdf"], "찾을 수 없어요"),
        (["--channel", "_AbCdE", "--out", "no-such-folder/p.pdf"], "저장할 수 없어요"),
        (["--out", "p.pdf"], "붙여 넣거나"),
    ],
)
def test_poster_bad_input_writes_nothing(data_dir, tmp_path, args, expected, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = run(data_dir, "poster", "--shop", "해남채소", *args)
    assert out.returncode == 2, out.stderr
    assert expected in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


def test_occasions_coming_up(data_dir):
    out = run(data_dir, "occasions", "--from", "2027-01-28")
    assert out.returncode == 0 and out.stdout.splitlines() == ["2027-02-07\tseollal\t설날"]
    assert run(data_dir, "occasions", "--from", "2026-12-10").stdout.splitlines()[0] == "2026-12-22\tdongji\t동지"
    for bad, expected in ((["--days", "999"], "366"), (["--from", "어제"], "2026-11-26처럼")):
        refused = run(data_dir, "occasions", *bad)
        assert refused.returncode == 2 and expected in refused.stderr


def seed_market(data_dir):
    for name, channel in (("해남채소", "_AbCdE"), ("바다수산", "_Fish1")):
        assert (
            run(data_dir, "shops", "add", "--name", name, "--market", "신영시장", "--channel", channel).returncode == 0
        )
    for shop, day, count in (
        ("해남채소", "2026-10-01", 40),
        ("해남채소", "2026-11-20", 70),
        ("바다수산", "2026-10-05", 10),
    ):
        assert run(data_dir, "friends", "record", "--shop", shop, "--count", str(count), "--date", day).returncode == 0


def test_messages_sent_from_the_phone_count(data_dir):
    seed_market(data_dir)
    out = run(
        data_dir, "messages", "record-sent", "--shop", "바다수산", "--date", "2026-11-01", "--text", "고등어 특가"
    )
    assert out.returncode == 0 and out.stdout.strip() == "2026-11-01"
    assert run(data_dir, "messages", "list", "--shop", "바다수산").stdout.splitlines() == [
        "2026-11-01\toutside\t고등어 특가"
    ]
    future = run(data_dir, "messages", "record-sent", "--shop", "바다수산", "--date", "2999-01-01")
    assert future.returncode == 2 and "아직 오지 않은 날" in future.stderr


def test_report_csv_and_pdf(data_dir, tmp_path):
    seed_market(data_dir)
    out = run(
        data_dir,
        "report",
        "--market",
        "신영시장",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "r.csv"),
    )
    assert out.returncode == 0, out.stderr
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("시장,가게,채널 있음") and "신영시장,해남채소,예,40,70,30,0,0,0" in rows
    assert "친구 수 합계,80" in rows and "채널 개설률 (%),100.0" in rows
    pdf = run(data_dir, "report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"))
    assert pdf.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    empty = run(
        data_dir,
        "report",
        "--market",
        "신영시장",
        "--from",
        "2020-01-01",
        "--to",
        "2020-02-01",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "empty.csv"),
    )
    assert empty.returncode == 2 and "기록이 없어서" in empty.stderr and not (tmp_path / "empty.csv").exists()


def test_export_and_import_between_two_machines(data_dir, tmp_path):
    seed_market(data_dir)
    out = run(data_dir, "export", "--market", "신영시장", "--out", str(tmp_path / "market"))
    assert out.returncode == 0 and (tmp_path / "market.danggol").exists()
    laptop = tmp_path / "laptop"
    dry = run(laptop, "import", str(tmp_path / "market.danggol"), "--dry-run")
    assert dry.stdout.splitlines()[-1] == "total\tadded=6\tchanged=0\tremoved=0"
    assert run(laptop, "shops", "list").stdout == ""
    imported = run(laptop, "import", str(tmp_path / "market.danggol")).stdout.splitlines()[-1]
    assert imported == "total\tadded=6\tchanged=0\tremoved=0"
    again = run(laptop, "import", str(tmp_path / "market.danggol")).stdout.splitlines()[-1]
    assert again == "total\tadded=0\tchanged=0\tremoved=0"
    assert len(run(laptop, "shops", "list").stdout.splitlines()) == 2
    # one copy before the import that changed something; none for the one that changed nothing
    assert len([p for p in (laptop / "backups").iterdir() if p.name.endswith("-import-pinned.sqlite")]) == 1
    (tmp_path / "junk.danggol").write_bytes(b"junk")
    junk = run(laptop, "import", str(tmp_path / "junk.danggol"))
    assert junk.returncode == 2 and "단골 자료 파일" in junk.stderr


def test_the_default_report_period_keeps_messages_sent_before_the_first_count(data_dir, tmp_path):
    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장",
               "--channel", "_Seed").returncode == 0
    assert run(data_dir, "messages", "record-sent", "--shop", "해남채소", "--date", "2026-10-01").returncode == 0
    assert (
        run(data_dir, "friends", "record", "--shop", "해남채소", "--count", "30", "--date", "2026-11-01").returncode
        == 0
    )
    out = run(data_dir, "report", "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert out.returncode == 0, out.stderr
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].split(",")[0:2] == ["신영시장", "해남채소"] and rows[1].split(",")[6] == "1"


def test_korean_output_survives_a_pipe_in_a_western_code_page(data_dir):
    """A tutor's English Windows gives a pipe or file the cp1252 code page, which has no Hangul: the command must
    still finish and print UTF-8 (it failed after saving, saying 문제가 생겼어요, in the Windows build under Wine)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="cp1252")
    command = [sys.executable, "-m", "danggol_desktop", "--data-dir", str(data_dir)]
    added = subprocess.run([*command, "shops", "add", "--name", "해남채소", "--market", "신영시장"],
                           capture_output=True, timeout=120, env=env)
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    assert added.stdout.decode("utf-8").strip() == "신영시장/해남채소"
    refused = subprocess.run([*command, "shops", "add", "--name", "", "--market", "신영시장"], capture_output=True,
                             timeout=120, env=env)
    assert refused.returncode == 2 and "이름을 적어 주세요" in refused.stderr.decode("utf-8")


def test_posts_made_on_the_phone_are_recorded_listed_and_counted_in_the_report(data_dir, tmp_path):
    seed_market(data_dir)
    out = run(data_dir, "posts", "record", "--shop", "해남채소", "--date", "2026-11-02", "--title", "배추 들어왔어요")
    assert out.returncode == 0 and out.stdout.strip() == "2026-11-02\t배추 들어왔어요"
    assert run(data_dir, "posts", "record", "--shop", "해남채소", "--date", "2026-11-10").returncode == 0
    other = run(data_dir, "posts", "record", "--shop", "바다수산", "--date", "2026-11-03", "--title", "고등어")
    assert other.returncode == 0
    assert run(data_dir, "posts", "list", "--shop", "해남채소").stdout.splitlines() == [
        "2026-11-10\t채널 소식", "2026-11-02\t배추 들어왔어요"]
    report = run(data_dir, "report", "--market", "신영시장", "--from", "2026-10-01", "--to", "2026-11-30",
                 "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert report.returncode == 0, report.stderr
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(",소식,만든 쿠폰")
    assert "신영시장,해남채소,예,40,70,30,0,2,0" in rows and "소식 합계,3" in rows
    pdf = run(data_dir, "report", "--market", "신영시장", "--from", "2026-10-01", "--to", "2026-11-30",
              "--format", "pdf", "--out", str(tmp_path / "r.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "소식을 가장 많이 올린 가게: 1위 해남채소 (2건) · 2위 바다수산 (1건)" in text and "채널 소식 3건" in text


def test_a_post_with_a_bad_title_or_day_is_refused_and_nothing_is_recorded(data_dir):
    seed_market(data_dir)
    for args, words in ((("--title", "🎉🎉"), "이모티콘"), (("--title", "   "), "제목"),
                        (("--title", "가" * 41), "제목이 너무 길어요"), (("--date", "2999-01-01"), "아직 오지 않은 날"),
                        (("--date", "2026-02-30"), "2026-11-26처럼")):
        out = run(data_dir, "posts", "record", "--shop", "해남채소", *args)
        assert out.returncode == 2 and words in out.stderr and "Traceback" not in out.stderr, (args, out.stderr)
    assert run(data_dir, "posts", "list", "--shop", "해남채소").stdout == ""


@pytest.mark.parametrize("kind, size", [("square", (720, 720)), ("wide", (800, 400)), ("wide_message", (800, 600)),
                                        ("coupon", (720, 720)), ("profile", (640, 640))])
def test_picture_every_kind_from_the_command_line(data_dir, tmp_path, kind, size):
    from PIL import Image

    from tests.gui.test_picture_files import camera_photo

    added = run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--category", "채소")
    assert added.returncode == 0
    photo = camera_photo(tmp_path / "p.jpg", orientation=3)
    out = tmp_path / f"{kind}.jpg"
    done = run(data_dir, "picture", "--shop", "해남채소", "--kind", kind, "--photo", str(photo), "--headline",
               "오늘의 특가", "--price", "3000", "--old-price", "5,000원", "--out", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        assert image.size == size and not image.getexif()
    assert done.stdout.split("\t")[1] == f"{size[0]}x{size[1]}"


def test_a_flyer_from_the_command_line_as_pdf_and_png(data_dir, tmp_path):
    added = run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장", "--channel", "_AbCdE")
    assert added.returncode == 0
    for out in (tmp_path / "f.pdf", tmp_path / "f.png"):
        done = run(data_dir, "picture", "--shop", "해남채소", "--kind", "flyer", "--headline", "이번 주 특가",
                   "--product", "배추:3000", "--product", "무:2,000원", "--out", str(out))
        assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "f.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert all(words in text for words in ("이번 주 특가", "배추", "3,000원", "무", "2,000원", "친구 추가"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "f.png")], capture_output=True, text=True)
    assert "https://pf.kakao.com/_AbCdE/friend" in read.stdout.splitlines()
    # meant for print: the PDF has a title, the PNG says it is A4 at 150 dpi (it read as 17 x 24 inches at 72 dpi)
    info = subprocess.run(["pdfinfo", str(tmp_path / "f.pdf")], capture_output=True, text=True).stdout
    assert "해남채소" in next(line for line in info.splitlines() if line.startswith("Title:"))
    from PIL import Image

    with Image.open(tmp_path / "f.png") as png:
        dpi = png.info.get("dpi", (72, 72))
        assert round(dpi[0]) == 150 and abs(png.width / dpi[0] * 25.4 - 210) < 1


@pytest.mark.parametrize("extra, words", [
    (("--kind", "square", "--headline", "특가", "--price", "삼천"), "숫자로만"),
    (("--kind", "square", "--headline", "🎉"), "이모티콘"),
    (("--kind", "square", "--headline", "특가", "--photo", "NOTES"), "JPG나 PNG"),
    (("--kind", "square", "--headline", "특가", "--photo", "BOMB"), "너무 커서"),
    (("--kind", "square", "--headline", "특가", "--out-name", "x.gif"), ".jpg나 .png"),
    (("--kind", "flyer", "--headline", "특가", "--product", "배추:3000"), "2개 이상"),
])
def test_picture_bad_input_writes_nothing(data_dir, tmp_path, extra, words):
    from PIL import Image

    assert run(data_dir, "shops", "add", "--name", "해남채소", "--market", "신영시장").returncode == 0
    (tmp_path / "notes.jpg").write_text("사진 아님", encoding="utf-8")
    Image.new("1", (30000, 30000)).save(tmp_path / "bomb.png")
    args = [str(tmp_path / "notes.jpg") if a == "NOTES" else str(tmp_path / "bomb.png") if a == "BOMB" else a
            for a in extra]
    out = tmp_path / "x.jpg"
    if "--out-name" in args:
        at = args.index("--out-name")
        out = tmp_path / args[at + 1]
        del args[at:at + 2]
    done = run(data_dir, "picture", "--shop", "해남채소", *args, "--out", str(out))
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not out.exists()


def test_the_report_csv_ends_with_a_weekly_table(data_dir, tmp_path):
    """Issue 28, finding 7: a weekly table for the programme office — one row per week, its first cell the week's
    first day as YYYY-MM-DD: channel friends at the week's end, new friends, messages and posts in the week."""
    seed_market(data_dir)
    assert run(data_dir, "messages", "record-sent", "--shop", "해남채소", "--date", "2026-10-06").returncode == 0
    assert run(data_dir, "posts", "record", "--shop", "바다수산", "--date", "2026-10-13").returncode == 0
    out = run(data_dir, "report", "--market", "신영시장", "--from", "2026-10-01", "--to", "2026-10-20",
              "--format", "csv", "--header", "codes", "--out", str(tmp_path / "r.csv"))
    assert out.returncode == 0, out.stderr
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    start = lines.index("week_start,friends,new_friends,messages_sent,posts")
    assert lines[start + 1:] == ["2026-10-01,40,,0,0", "2026-10-05,50,10,1,0", "2026-10-12,50,0,0,1",
                                 "2026-10-19,50,0,0,0"]


def test_the_report_says_who_made_it_and_for_which_programme(data_dir, tmp_path):
    """Issue 28, finding 7: who made the report and for which programme, under its title."""
    seed_market(data_dir)
    out = run(data_dir, "report", "--market", "신영시장", "--format", "pdf", "--out", str(tmp_path / "r.pdf"),
              "--programme", "2026 전통시장 디지털 전환", "--made-by", "김튜터")
    assert out.returncode == 0, out.stderr
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "사업: 2026 전통시장 디지털 전환 · 만든 사람: 김튜터" in text
