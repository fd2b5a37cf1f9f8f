"""What the tutor sees of a file from another laptop: an honest preview (a file that only adds a post says so, and
the default button brings it in), two shops of one name pointed out with a rename offered, and put-away shops brought
back (되살리기) on the shop screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.channel_kit_repo import PostRepo
from danggol_desktop.storage.database import open_database
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.storage.transfer_repo import TransferRepo
from danggol_desktop.tasks import transfer_tasks
from danggol_desktop.tasks.workspace import Workspace
from tests.clock import make_clock
from tests.gui.test_tutor_mode import open_section


def other_laptop(tmp_path, window_db):
    """A second tutor's laptop that has this market already (from a file of this PC)."""
    folder = tmp_path / "other"
    folder.mkdir()
    TransferRepo(window_db).export(tmp_path / "here.danggol")
    db = open_database(folder / "danggol.sqlite", folder / "backups", clock=make_clock())
    ws = Workspace(db, folder)
    transfer_tasks.import_bundle(ws, transfer_tasks.preview_import(ws, tmp_path / "here.danggol"))
    return db


def press_default(qtbot, seen):
    """Once the question is up, note its words and its default button, and press Enter (the default)."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append((box.text(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)


def test_a_file_that_only_adds_a_post_says_so_and_enter_brings_it_in(qtbot, window, db, shop, tmp_path):
    other = other_laptop(tmp_path, db)
    there = ShopRepo(other).find("신영시장/해남채소")
    PostRepo(other).record(there.id, date(2026, 11, 25), "배추 들어왔어요", "오늘 들어왔어요")
    TransferRepo(other).export(tmp_path / "post.danggol")
    page = open_section(qtbot, window, "transfer")
    seen: list[tuple[str, str]] = []
    press_default(qtbot, seen)
    done = page.import_file(tmp_path / "post.danggol")
    [(question, default)] = seen
    assert "게시물" in question and "1개 새로" in question and "이미 다 있어요" not in question
    assert default == "가져오기"
    assert done.added == {"posts": 1}
    assert "가져왔어요" in page.result.text() and "게시물" in page.result.text()
    assert [p.title for p in PostRepo(db).list(shop.id)] == ["배추 들어왔어요"]


def test_two_shops_of_one_name_are_pointed_out_and_one_can_be_renamed(qtbot, window, db, shop, tmp_path):
    other = other_laptop(tmp_path, db)
    ShopRepo(db).add(ShopDetails("참기름집", "신영시장", "grains", "010-7777-8888"))
    ShopRepo(other).add(ShopDetails("참기름집", "신영시장"))
    TransferRepo(other).export(tmp_path / "other.danggol")
    page = open_section(qtbot, window, "transfer")
    press_default(qtbot, [])
    done = page.import_file(tmp_path / "other.danggol")
    assert [s.name for s in done.same_names] == ["참기름집"]
    assert "이름이 같은 가게가 두 곳" in page.result.text() and page.rename_button.isVisible()
    assert "참기름집" in page.rename_button.text()
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    details = window.stack.currentWidget()
    assert type(details).__name__ == "ShopDetailsPage"
    shops_page = open_section(qtbot, window, "shops")
    assert shops_page.notice.isVisible() and "참기름집" in shops_page.notice.text()


def test_a_put_away_shop_is_brought_back_with_its_records(qtbot, window, db, shop, friend_counts):
    other = ShopRepo(db).add(ShopDetails("바다수산", "신영시장"))
    friend_counts.record(other.id, date(2026, 11, 20), 12)
    ShopRepo(db).archive(other.id)
    page = open_section(qtbot, window, "shops")
    assert page.unarchive_button.isVisible() and page.archived_table.item(0, 1).text() == "바다수산"
    assert "보관한 가게" in page.archived_heading.text()
    window.services.appearance.apply(window.prefs._replace(text_scale=200))  # at 200%, on 1366×768
    qtbot.wait(100)  # the page lays itself out at the new size

    def scrolled_to_it():  # she scrolls down to it
        page.scroll_area.ensureWidgetVisible(page.unarchive_button)
        return not page.unarchive_button.visibleRegion().isEmpty()

    qtbot.waitUntil(scrolled_to_it)
    qtbot.mouseClick(page.unarchive_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in page.rows] == ["바다수산", "해남채소"]
    qtbot.waitUntil(lambda: not page.notice.visibleRegion().isEmpty())  # the answer is where she can read it
    assert "바다수산" in page.notice.text() and "되살렸어요" in page.notice.text()
    assert not page.unarchive_button.isVisible()  # nothing left put away
    assert friend_counts.get(other.id, date(2026, 11, 20)).count == 12


def test_with_seventy_shops_at_200_percent_the_row_buttons_stay_in_view(qtbot, window, db, shop):
    for n in range(69):
        ShopRepo(db).add(ShopDetails(f"가게{n:02d}", "신영시장"))
    window.services.appearance.apply(window.prefs._replace(text_scale=200))
    page = open_section(qtbot, window, "shops")
    qtbot.wait(100)
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())  # scrolled down
    qtbot.wait(50)
    for button in (page.switch_button, page.edit_button, page.archive_button, page.add_button):
        shown = button.visibleRegion().boundingRect()
        assert shown.size() == button.size(), button.text()  # wholly in view, wherever the list is scrolled
