import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from danggol_desktop.domain.shop import ShopDetails
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.tutor_repo import CurriculumRepo, PracticeRepo
from danggol_desktop.ui.tutor import shops_page as shops_module
from danggol_desktop.ui.widgets import file_dialogs
from tests.gui.conftest import TODAY


def open_section(qtbot, window, section):
    qtbot.mouseClick(window.home.tutor_button, Qt.MouseButton.LeftButton)
    tutor = window.stack.currentWidget()
    qtbot.mouseClick(tutor.tiles[section], Qt.MouseButton.LeftButton)
    return window.stack.currentWidget()


def test_a_practice_session_keeps_messages_out_of_the_figures(qtbot, window, db, shop):
    page = open_section(qtbot, window, "practice")
    page.topic.set_text("쿠폰 보내기")
    page.attendance.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    session = PracticeRepo(db).open_session()
    assert session.topic == "쿠폰 보내기" and session.shop_ids == (shop.id,)
    assert window.practice_banner.isVisible() and "연습 중" in window.practice_banner.text()
    window.open_message()
    wizard = window.stack.currentWidget()
    wizard.kind_step.choose("new_item")
    wizard.fields_step.fields["item"].set_text("딸기")
    wizard.go_next()
    wizard.go_next()
    wizard.go_next()
    wizard.finish("sent")
    assert [m.status for m in MessageRepo(db).box(shop.id)] == ["practice"]
    assert MessageRepo(db).sent_days(shop.id) == set()
    page = open_section(qtbot, window, "practice")
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert PracticeRepo(db).open_session() is None and not window.practice_banner.isVisible()


def test_a_topic_is_needed_to_start(qtbot, window, db):
    page = open_section(qtbot, window, "practice")
    assert not page.start()
    assert page.topic.error.isVisible() and PracticeRepo(db).open_session() is None


def test_ticking_the_curriculum_records_the_day(qtbot, window, db, shop):
    page = open_section(qtbot, window, "curriculum")
    page.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert CurriculumRepo(db).progress() == {(shop.id, "qr_friends"): TODAY}
    assert page.table.item(0, 3).text() == f"{TODAY.month}.{TODAY.day}"
    assert "1단계" in page.summary.text()
    page.table.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    assert CurriculumRepo(db).progress() == {}


def test_shops_add_switch_and_archive(qtbot, window, shops, shop, monkeypatch):
    page = open_section(qtbot, window, "shops")
    page.add_requested.emit()
    details = window.stack.currentWidget()
    details.name_field.set_text("바다수산")
    details.market_field.set_text("신영시장")
    details.category_choice.buttons[2].click()
    assert details.save_shop()
    new = shops.find("바다수산")
    assert new.category == "fish"
    page = open_section(qtbot, window, "shops")
    row = [s.id for s in page.rows].index(new.id)
    page.table.selectRow(row)
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert "바다수산" in window.home.title_label.text() and window.home.switch_button.isVisibleTo(window.home)
    page = window.stack.currentWidget()
    page.table.selectRow([s.id for s in page.rows].index(new.id))
    page.archive(new)  # the shop being worked on
    assert "바꿔 주세요" in page.notice.text() and shops.get(new.id).archived_at is None
    monkeypatch.setattr(shops_module.dialogs, "ask_yes_no", lambda *a, **k: True)
    page.archive(shop)
    assert shops.get(shop.id).archived_at is not None and len(page.rows) == 1


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by make test")


@needs_poppler
def test_the_report_pdf_holds_the_key_figures(qtbot, window, db, shop, shops, friend_counts, tmp_path, monkeypatch):
    other = shops.add(ShopDetails("바다수산", "신영시장", channel_url="https://pf.kakao.com/_B/friend"))
    friend_counts.record(shop.id, TODAY - timedelta(days=40), 20)
    friend_counts.record(shop.id, TODAY - timedelta(days=1), 65)
    friend_counts.record(other.id, TODAY - timedelta(days=30), 10)
    MessageRepo(db).record_sent_outside(other.id, TODAY - timedelta(days=3), "고등어 특가")
    page = open_section(qtbot, window, "report")
    assert page.report.total_friends == 75 and page.pdf_button.isEnabled()
    target = tmp_path / "보고서.pdf"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save("pdf") == target
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    for expected in ("신영시장 단골 만들기 결과", "2곳", "75명", "1건", "해남채소", "바다수산", "우수 가게"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "NanumBarunGothic" in fonts and " yes " in fonts
    csv_target = tmp_path / "보고서"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_target), ""))
    saved = page.save("csv")
    assert saved.suffix == ".csv" and saved.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_period_without_records_says_so(qtbot, window):
    page = open_section(qtbot, window, "report")
    assert page.message.isVisible() and "기록이 없어서" in page.message.text()
    assert not page.pdf_button.isEnabled()


def test_usb_export_then_import_with_a_look_first(qtbot, window, db, shop, friend_counts, tmp_path, monkeypatch):
    friend_counts.record(shop.id, TODAY, 30)
    page = open_section(qtbot, window, "transfer")
    out = tmp_path / "가게"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert page.export(shop_only=True) == tmp_path / "가게.danggol"
    assert page.import_file(tmp_path / "가게.danggol").changes == 0  # it is all here already
    assert "이미 다 있어요" in page.result.text()
    bad = tmp_path / "bad.danggol"
    bad.write_text("not a zip")
    assert page.import_file(bad) is None and "아무것도 바꾸지 않았어요" in page.result.text()


def test_the_report_period_follows_the_market_chosen(qtbot, window, db, shop, shops, friend_counts):
    """Issue 28, finding 3: the period followed the alphabetically first market and never changed when another
    market or 모든 시장 was chosen (52 messages instead of 361)."""
    far = shops.add(ShopDetails("자양상회", "자양시장", channel_url="https://pf.kakao.com/_J/friend"))
    friend_counts.record(shop.id, TODAY - timedelta(days=20), 20)
    friend_counts.record(far.id, TODAY - timedelta(days=90), 5)
    MessageRepo(db).record_sent_outside(far.id, TODAY - timedelta(days=80), "자양 첫 소식")
    page = open_section(qtbot, window, "report")
    buttons = {b.text(): b for b in page.market_choice.buttons}
    qtbot.mouseClick(buttons["신영시장"], Qt.MouseButton.LeftButton)
    assert page.start_edit.value() == min(TODAY - timedelta(days=20), shop_joined(shop))
    qtbot.mouseClick(buttons["자양시장"], Qt.MouseButton.LeftButton)
    assert page.start_edit.value() == TODAY - timedelta(days=90) and page.report.market == "자양시장"
    assert page.report.messages_sent == 1 and page.report.start == TODAY - timedelta(days=90)
    qtbot.mouseClick(buttons["모든 시장"], Qt.MouseButton.LeftButton)
    assert page.start_edit.value() == TODAY - timedelta(days=90) and page.report.market is None
    assert page.report.total_friends == 25


def shop_joined(shop):
    from datetime import date as day

    return day.fromisoformat(shop.created_at[:10])


def test_a_hundred_markets_are_found_by_typing_not_shown_as_a_hundred_buttons(qtbot, window, db, shop, shops,
                                                                              friend_counts):
    """Issue 28, finding 5: the report screen showed 101 market buttons (about 34 rows) before the period."""
    from tests.gui.ime_typing import type_text

    for n in range(100):
        other = shops.add(ShopDetails(f"가게{n:03d}", f"{n:03d}번 시장", channel_url="https://pf.kakao.com/_M"))
        friend_counts.record(other.id, TODAY - timedelta(days=5), n + 1)
    friend_counts.record(shop.id, TODAY - timedelta(days=5), 42)
    page = open_section(qtbot, window, "report")
    picker = page.market_choice
    assert picker.search is not None and len(picker.buttons) == 7  # six markets and 모든 시장
    assert "95" in picker.more.text()  # 101 markets: the rest are found by typing
    assert window.focusWidget() is picker.search.edit
    type_text(qtbot, picker.search.edit, "신영")
    assert [b.text() for b in picker.buttons] == ["신영시장", "모든 시장"]
    qtbot.mouseClick(picker.buttons[0], Qt.MouseButton.LeftButton)
    assert page.report.market == "신영시장" and page.report.total_friends == 42
    picker.search.edit.clear()
    type_text(qtbot, picker.search.edit, "042번시장")  # spaces ignored
    assert [b.text() for b in picker.buttons] == ["042번 시장", "모든 시장"]
    qtbot.mouseClick(picker.buttons[0], Qt.MouseButton.LeftButton)
    assert page.report.market == "042번 시장" and page.report.total_friends == 43
    picker.search.edit.clear()
    type_text(qtbot, picker.search.edit, "없는시장")
    assert [b.text() for b in picker.buttons] == ["모든 시장"] and "없어요" in picker.more.text()


def test_the_curriculum_grid_at_seventy_shops(qtbot, window, db, shop, shops, monkeypatch):
    """Issue 28, finding 9: names and headers stay put (row and column headers of a grid that scrolls inside
    itself), one market at a time, a tick's day can be changed, and a step ticked for everyone who came."""
    from danggol_desktop.ui.widgets import dialogs

    for n in range(69):
        shops.add(ShopDetails(f"가게{n:02d}", "신영시장"))
    for n in range(5):
        shops.add(ShopDetails(f"가게{n:02d}", "자양시장"))  # the same names in another market
    came = [s.id for s in shops.list("신영시장")][:10]
    practice = PracticeRepo(db).start(TODAY - timedelta(days=2), "쿠폰 만들기", came)
    PracticeRepo(db).close(practice.id)
    page = open_section(qtbot, window, "curriculum")
    assert page.market() == "신영시장" and page.table.rowCount() == 70  # one market: no name twice
    header = page.table.verticalHeader()
    assert header.isVisible() and page.table.model().headerData(0, Qt.Orientation.Vertical) == page.shops[0].name
    assert page.table.horizontalHeader().isVisible()
    assert page.table.height() < page.table.sizeHintForRow(0) * 70  # it scrolls inside, under its headers
    buttons = {b.text(): b for b in page.market_choice.buttons}
    qtbot.mouseClick(buttons["자양시장"], Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 5
    qtbot.mouseClick(buttons["신영시장"], Qt.MouseButton.LeftButton)
    page.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    page.table.setCurrentCell(0, 2)
    assert page.change_day(TODAY - timedelta(days=6))
    step_code = [c for c, _n in page._steps][2]
    assert CurriculumRepo(db).progress()[(page.shops[0].id, step_code)] == TODAY - timedelta(days=6)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    page.table.setCurrentCell(0, 4)
    assert page.tick_attendees() == 10
    progress = CurriculumRepo(db).progress()
    step = [c for c, _n in page._steps][4]
    assert all(progress[(shop_id, step)] == TODAY - timedelta(days=2) for shop_id in came)


@needs_poppler
def test_the_report_says_the_curriculum_and_the_practice_sessions(qtbot, window, db, shop, shops, friend_counts,
                                                                   tmp_path, monkeypatch):
    """Issue 28, finding 7: curriculum completion per step, practice sessions held and who came."""
    other = shops.add(ShopDetails("바다수산", "신영시장", channel_url="https://pf.kakao.com/_B/friend"))
    friend_counts.record(shop.id, TODAY - timedelta(days=10), 20)
    CurriculumRepo(db).tick(shop.id, "create_channel", TODAY - timedelta(days=9))
    CurriculumRepo(db).tick(other.id, "create_channel", TODAY - timedelta(days=8))
    CurriculumRepo(db).tick(other.id, "profile", TODAY - timedelta(days=8))
    PracticeRepo(db).start(TODAY - timedelta(days=5), "프로필", [shop.id, other.id])
    page = open_section(qtbot, window, "report")
    assert page.report.curriculum == {"create_channel": 2, "profile": 1}
    assert (page.report.practice_sessions, page.report.practice_shops) == (1, 2)
    target = tmp_path / "r.pdf"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save("pdf") == target
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "채널 만들기 2" in text and "프로필 꾸미기 1" in text and "연습 시간 1번" in text, text


def test_usb_export_of_everything(qtbot, window, db, shop, shops, friend_counts, tmp_path, monkeypatch):
    """Issue 28, finding 10: the USB screen exported this shop or its market only."""
    from danggol_desktop.domain.bundle import read_bundle

    far = shops.add(ShopDetails("자양상회", "자양시장", channel_url="https://pf.kakao.com/_J/friend"))
    friend_counts.record(far.id, TODAY, 12)
    page = open_section(qtbot, window, "transfer")
    out = tmp_path / "전부"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "전부.danggol"
    assert saved.exists() and "2" in page.result.text()
    bundle = read_bundle(saved)
    assert {m["name"] for m in bundle.tables["markets"]} == {"신영시장", "자양시장"}


def test_a_shops_market_is_picked_and_a_market_typed_differently_is_refused(qtbot, window, shop, shops):
    """Issue 28, finding 10: '신영 시장' silently made a second market; a phone number became a market's name."""
    page = open_section(qtbot, window, "shops")
    page.add_requested.emit()
    details = window.stack.currentWidget()
    assert [b.text() for b in details.market_choice.buttons] == ["신영시장"]
    details.name_field.set_text("바다수산")
    details.market_field.set_text("신영 시장")
    details.category_choice.buttons[2].click()
    assert not details.save_shop()
    assert details.market_field.error.isVisibleTo(details) and "신영시장" in details.market_field.error.text()
    details.market_field.set_text("010-3129-7614")
    assert not details.save_shop() and "전화번호" in details.market_field.error.text()
    qtbot.mouseClick(details.market_choice.buttons[0], Qt.MouseButton.LeftButton)
    assert details.market_field.text() == "신영시장" and details.save_shop()
    assert {s.market for s in shops.list()} == {"신영시장"}


@needs_poppler
def test_qr_posters_for_every_shop_of_the_market_each_with_its_own_line(qtbot, window, db, shop, shops, tmp_path):
    """Issue 28, finding 10: batch posters existed only on the command line, and all said '카톡 친구 추가하면 덤
    드려요!' — a gift no merchant chose."""
    from danggol_desktop.storage.poster_repo import PosterRepo

    fish = shops.add(ShopDetails("바다수산", "신영시장", "fish", channel_url="https://pf.kakao.com/_F/friend"))
    shops.add(ShopDetails("주소없는집", "신영시장"))
    page = open_section(qtbot, window, "shops")
    assert "신영시장" in page.posters_button.text()
    out = page.make_market_posters(tmp_path / "posters.pdf")
    assert out is not None and "2" in page.posters_notice.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "해남채소" in text and "바다수산" in text and "주소없는집" not in text
    assert "덤 드려요" not in text
    assert [h.output for h in PosterRepo(db).history(fish.id)] == ["pdf"]


@needs_poppler
def test_the_report_screen_remembers_who_made_it_and_the_programme(qtbot, window, shop, friend_counts, tmp_path,
                                                                   monkeypatch):
    friend_counts.record(shop.id, TODAY, 20)
    page = open_section(qtbot, window, "report")
    page.programme_field.set_text("2026 전통시장 디지털 전환")
    page.made_by_field.set_text("김튜터")
    target = tmp_path / "r.pdf"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save("pdf") == target
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "사업: 2026 전통시장 디지털 전환 · 만든 사람: 김튜터" in text
    again = open_section(qtbot, window, "report")
    assert again.made_by_field.text() == "김튜터" and "디지털" in again.programme_field.text()


@needs_poppler
def test_the_markets_directory_board_from_the_shops_screen(qtbot, window, shop, shops, tmp_path):
    """Issue 29, part 3: every channel shop's card by lane (the place typed on the shop details screen), the shops
    without an address named under the button."""
    shops.add(ShopDetails("바다수산", "신영시장", "fish", channel_url="https://pf.kakao.com/_F/friend",
                          location="2번 골목 1호"))
    shops.add(ShopDetails("주소없는집", "신영시장"))
    # the shop's own place is left empty: it comes after the lanes, under 'not written yet'
    page = open_section(qtbot, window, "shops")
    assert page.directory_button.isVisibleTo(page) and "신영시장" in page.directory_button.text()
    out = page.make_directory(tmp_path / "board.pdf")
    assert out is not None
    said = page.posters_notice.text()
    assert "2" in said and "주소없는집" in said
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.index("2번 골목") < text.index("바다수산") < text.index("해남채소")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    found = subprocess.run(["zbarimg", "-q", "--raw", *map(str, sorted(tmp_path.glob("page*.png")))],
                           capture_output=True, text=True).stdout.split()
    assert sorted(found) == sorted(["https://pf.kakao.com/_F/friend", shop.channel_url])


@needs_poppler
def test_qr_posters_for_every_market_at_once(qtbot, window, shop, shops, tmp_path):
    shops.add(ShopDetails("자양상회", "자양시장", channel_url="https://pf.kakao.com/_J/friend"))
    page = open_section(qtbot, window, "shops")
    assert page.all_posters_button.isVisibleTo(page)
    out = page.make_market_posters(tmp_path / "all.pdf", every_market=True)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "해남채소" in text and "자양상회" in text and "2" in page.posters_notice.text()


def test_a_practice_message_is_filed_under_every_shop_that_came(qtbot, window, db, shop, shops):
    """Issue 28, finding 10: a practice message was filed under the active shop only, not the shops that came."""
    came = shops.add(ShopDetails("바다수산", "신영시장", channel_url="https://pf.kakao.com/_F/friend"))
    stayed = shops.add(ShopDetails("잡곡나라", "신영시장"))
    PracticeRepo(db).start(TODAY, "새 물건 알리기", [shop.id, came.id])
    from tests.gui.test_answer_walk import message_at_finish

    window.update_practice_banner()
    wizard = message_at_finish(window, item="딸기")
    wizard.finish("sent")
    for shop_id in (shop.id, came.id):
        box = MessageRepo(db).box(shop_id)
        assert [m.status for m in box] == ["practice"] and "딸기" in box[0].body
        assert MessageRepo(db).sent_days(shop_id) == set()
    assert MessageRepo(db).box(stayed.id) == []


@pytest.mark.parametrize("answer", [True, False])
def test_a_new_market_is_an_explicit_choice(qtbot, window, shop, shops, monkeypatch, answer):
    from danggol_desktop.ui.widgets import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, yes, no, default_yes=False: (
        asked.append(text) or answer))
    page = open_section(qtbot, window, "shops")
    page.add_requested.emit()
    details = window.stack.currentWidget()
    details.name_field.set_text("자양상회")
    details.market_field.set_text("자양시장")
    details.category_choice.buttons[2].click()
    assert details.save_shop() is answer
    assert len(asked) == 1 and "자양시장" in asked[0]
    assert ("자양시장" in {s.market for s in shops.list()}) is answer
