"""`danggol shops edit|rename|unarchive|list --archived`, and an import that leaves two shops of one name: the
command prints both, exactly, with the command that renames one. Bad input is refused in one line, nothing written."""

from __future__ import annotations

import sqlite3

from tests.cli_runner import run


def shops_table(data_dir):
    conn = sqlite3.connect(data_dir / "danggol.sqlite")
    try:
        return conn.execute("SELECT name, phone, channel_url, category, archived_at IS NOT NULL FROM shops "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def seed(data_dir):
    assert run(data_dir, "shops", "add", "--name", "잡곡나라", "--market", "신영시장", "--phone", "010-1111-2222",
               "--channel", "https://pf.kakao.com/_Jap/friend").returncode == 0
    assert run(data_dir, "shops", "add", "--name", "바다수산", "--market", "신영시장").returncode == 0


def test_edit_changes_only_the_fields_given(data_dir):
    seed(data_dir)
    done = run(data_dir, "shops", "edit", "--shop", "신영시장/잡곡나라", "--category", "곡물·건어물")
    assert done.returncode == 0, done.stderr
    assert shops_table(data_dir)[0] == ("잡곡나라", "010-1111-2222", "https://pf.kakao.com/_Jap/friend", "grains", 0)
    assert run(data_dir, "shops", "edit", "--shop", "잡곡나라", "--phone", "").returncode == 0  # '' clears it
    assert shops_table(data_dir)[0][1] == ""


def test_bad_edits_are_refused_in_one_line_and_change_nothing(data_dir):
    seed(data_dir)
    before = shops_table(data_dir)
    for args, words in [
        (["--phone", "공일공"], "숫자"),
        (["--channel", "https://evil.example.com/x"], ""),
        (["--category", "없는분류"], "종류"),
    ]:
        refused = run(data_dir, "shops", "edit", "--shop", "신영시장/잡곡나라", *args)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert words in refused.stderr and "Traceback" not in refused.stderr
    assert run(data_dir, "shops", "edit", "--shop", "신영시장/없는가게", "--phone", "").returncode == 2
    assert shops_table(data_dir) == before


def test_rename_keeps_the_records_and_refuses_a_taken_name(data_dir):
    seed(data_dir)
    assert run(data_dir, "friends", "record", "--shop", "잡곡나라", "--count", "40").returncode == 0
    renamed = run(data_dir, "shops", "rename", "--shop", "신영시장/잡곡나라", "--to", "잡곡나라본점")
    assert renamed.returncode == 0 and "잡곡나라본점" in renamed.stdout
    assert "40" in run(data_dir, "friends", "list", "--shop", "잡곡나라본점").stdout
    taken = run(data_dir, "shops", "rename", "--shop", "잡곡나라본점", "--to", "바다수산")
    assert taken.returncode == 2 and "이미" in taken.stderr
    assert run(data_dir, "shops", "rename", "--shop", "잡곡나라본점", "--to", "  ").returncode == 2
    assert [row[0] for row in shops_table(data_dir)] == ["잡곡나라본점", "바다수산"]


def test_an_archived_shop_is_listed_and_brought_back(data_dir):
    seed(data_dir)
    assert run(data_dir, "shops", "archive", "--name", "바다수산").returncode == 0
    assert "바다수산" not in run(data_dir, "shops", "list").stdout
    assert run(data_dir, "shops", "list", "--archived").stdout.split("\t")[:2] == ["신영시장", "바다수산"]
    again = run(data_dir, "shops", "add", "--name", "바다수산", "--market", "신영시장")
    assert again.returncode == 2 and "보관" in again.stderr and "unarchive" in again.stderr
    back = run(data_dir, "shops", "unarchive", "--shop", "신영시장/바다수산")
    assert back.returncode == 0 and "바다수산" in run(data_dir, "shops", "list").stdout
    assert run(data_dir, "shops", "unarchive", "--shop", "바다수산").returncode == 2  # not put away any more
    # no channel address yet: its friends are not counted (issue 28, finding 2), and the way is named
    refused = run(data_dir, "friends", "record", "--shop", "바다수산", "--count", "3")
    assert refused.returncode == 2 and "shops edit" in refused.stderr and "--channel" in refused.stderr
    assert "바다수산" in run(data_dir, "shops", "list").stdout
    assert run(data_dir, "shops", "edit", "--shop", "바다수산", "--channel", "_Sea").returncode == 0
    assert run(data_dir, "friends", "record", "--shop", "바다수산", "--count", "3").returncode == 0


def test_an_import_that_leaves_two_shops_of_one_name_prints_both_and_the_rename(data_dir, tmp_path):
    seed(data_dir)
    laptop = tmp_path / "laptop"
    assert run(data_dir, "export", "--out", str(tmp_path / "start.danggol")).returncode == 0
    assert run(laptop, "import", str(tmp_path / "start.danggol")).returncode == 0
    assert run(data_dir, "shops", "rename", "--shop", "잡곡나라", "--to", "잡곡나라본점").returncode == 0
    assert run(laptop, "shops", "add", "--name", "잡곡나라본점", "--market", "신영시장").returncode == 0
    assert run(data_dir, "export", "--out", str(tmp_path / "a.danggol")).returncode == 0
    dry = run(laptop, "import", str(tmp_path / "a.danggol"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    done = run(laptop, "import", str(tmp_path / "a.danggol"))
    assert done.returncode == 0 and "shops\tadded=0\tchanged=1\tremoved=0" in done.stdout
    [same] = [line for line in done.stdout.splitlines() if line.startswith("same name")]
    refs = same.split("\t")[2:]
    assert len(refs) == 2 and all(ref.startswith("신영시장/잡곡나라본점@") for ref in refs)
    rename_line = done.stdout.splitlines()[done.stdout.splitlines().index(same) + 1]
    assert "danggol shops rename --shop" in rename_line
    ambiguous = run(laptop, "shops", "edit", "--shop", "신영시장/잡곡나라본점", "--phone", "")
    assert ambiguous.returncode == 2 and all(ref in ambiguous.stderr for ref in refs)
    assert run(laptop, "shops", "rename", "--shop", refs[1], "--to", "잡곡나라 2호점").returncode == 0
    assert sorted(row[0] for row in shops_table(laptop)) == ["바다수산", "잡곡나라 2호점", "잡곡나라본점"]


def test_a_value_starting_with_a_dash_is_the_options_value(data_dir):
    """'--name -2+3' failed with argparse's own error ('--name=-2+3' worked): issue 30, finding 4."""
    added = run(data_dir, "shops", "add", "--name", "-2+3", "--market", "신영시장", "--channel", "_Seed")
    assert added.returncode == 0, added.stderr
    noted = run(data_dir, "friends", "record", "--shop", "-2+3", "--count", "5", "--note", "-할인 행사 첫날")
    assert noted.returncode == 0, noted.stderr
    assert "-할인 행사 첫날" in run(data_dir, "friends", "list", "--shop", "신영시장/-2+3").stdout
    forgot = run(data_dir, "shops", "add", "--name", "--market", "신영시장")  # a forgotten value is still refused
    assert forgot.returncode == 2 and "Traceback" not in forgot.stderr


def test_a_shops_place_is_added_edited_cleared_and_refused_when_bad(data_dir):
    def place():
        conn = sqlite3.connect(data_dir / "danggol.sqlite")
        try:
            return conn.execute("SELECT location FROM shops WHERE name = '잡곡나라'").fetchone()[0]
        finally:
            conn.close()

    assert run(data_dir, "shops", "add", "--name", "잡곡나라", "--market", "신영시장", "--new-market",
               "--location", "  1번   골목 3호 ").returncode == 0
    assert place() == "1번 골목 3호"  # spaces tidied as typed names are
    assert run(data_dir, "shops", "edit", "--shop", "잡곡나라", "--location", "A동 12호").returncode == 0
    assert place() == "A동 12호"
    for bad, words in (("가" * 31, "30"), ("1번\u202e골목", "")):
        done = run(data_dir, "shops", "edit", "--shop", "잡곡나라", "--location", bad)
        assert done.returncode != 0 and words in done.stderr and "Traceback" not in done.stderr
        assert place() == "A동 12호"
    assert run(data_dir, "shops", "edit", "--shop", "잡곡나라", "--location", "").returncode == 0
    assert place() == ""
