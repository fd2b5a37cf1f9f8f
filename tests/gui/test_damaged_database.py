from danggol_desktop import paths
from danggol_desktop.app import open_or_recover
from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage import backup
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from tests.clock import START, make_clock


def make_damaged(data_dir, with_backup):
    db = open_database(paths.database_path(data_dir), paths.backup_dir(data_dir), clock=make_clock())
    ShopRepo(db).add(ShopDetails("해남채소", "신영시장"))
    if with_backup:
        backup.make_backup(db.conn, paths.backup_dir(data_dir), "daily", START)
    db.conn.close()
    garbage = b"\x00garbage after a power cut" * 100
    paths.database_path(data_dir).write_bytes(garbage)
    for extra in ("-wal", "-shm"):
        (data_dir / f"danggol.sqlite{extra}").unlink(missing_ok=True)
    return garbage


def test_damaged_file_is_kept_and_the_backup_brought_back(data_dir):
    garbage = make_damaged(data_dir, with_backup=True)
    asked = []
    db = open_or_recover(data_dir, make_clock(),
                         ask=lambda moved, has_backup, *_: asked.append((moved, has_backup)) or True)
    assert [s.name for s in ShopRepo(db).list()] == ["해남채소"]
    moved, has_backup = asked[0]
    assert has_backup and moved.read_bytes() == garbage  # never overwritten
    db.conn.close()


def test_without_a_backup_it_starts_empty_and_still_keeps_the_file(data_dir):
    garbage = make_damaged(data_dir, with_backup=False)
    asked = []
    db = open_or_recover(data_dir, make_clock(),
                         ask=lambda moved, has_backup, *_: asked.append((moved, has_backup)) or True)
    assert ShopRepo(db).list() == []
    assert asked[0][1] is False and asked[0][0].read_bytes() == garbage
    db.conn.close()


def test_the_merchant_can_choose_to_start_empty(data_dir):
    make_damaged(data_dir, with_backup=True)
    db = open_or_recover(data_dir, make_clock(), ask=lambda moved, has_backup, *_: False)
    assert ShopRepo(db).list() == []
    assert len(backup.list_backups(paths.backup_dir(data_dir))) == 1  # the backup is still there for later
    db.conn.close()


def test_an_empty_file_next_to_backups_is_said_as_empty_like_the_command_line(data_dir):
    """The GUI called a zero-length file '손상' while the command line said 'empty' (issue 25, finding 8)."""
    make_damaged(data_dir, with_backup=True)
    paths.database_path(data_dir).write_bytes(b"")
    reasons = []
    db = open_or_recover(data_dir, make_clock(), ask=lambda moved, has, reason: reasons.append(reason) or True)
    assert reasons == ["database_empty"] and [s.name for s in ShopRepo(db).list()] == ["해남채소"]
    db.conn.close()
