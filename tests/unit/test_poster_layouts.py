from danggol_desktop import resources
from danggol_desktop.domain.poster_layouts import load_catalog


def catalog():
    return load_catalog(resources.asset("data", "poster_layouts.json"))


def test_the_four_layouts_and_their_promises():
    c = catalog()
    assert c.codes == ["a4", "a5", "stickers", "card"]
    assert c.layout("a4").min_qr_mm >= 80 and c.layout("stickers").min_qr_mm >= 25
    assert c.layout("a4").page_mm == (210, 297) and c.layout("card").page_mm == (105, 148)
    assert all(lay.names["ko"] and lay.names["en"] for lay in c.layouts)


def test_sticker_sheet_is_three_by_seven_inside_an_a4_page():
    stickers = catalog().layout("stickers")
    assert len(stickers.panels) == 21
    for panel in stickers.panels:
        assert panel.x >= 0 and panel.x + panel.w <= 210 and panel.y >= 0 and panel.y + panel.h <= 297
    assert len({p.x for p in stickers.panels}) == 3 and len({p.y for p in stickers.panels}) == 7


def test_folded_stand_has_an_upside_down_face_and_a_fold_line():
    stand = catalog().layout("a5")
    assert [p.rotate for p in stand.panels] == [180, 0]
    assert stand.fold_y_mm == 148.5


def test_ready_phrases_exist_in_both_languages():
    c = catalog()
    for table in (c.headlines, c.offers):
        assert len(table["ko"]) >= 2 and len(table["ko"]) == len(table["en"])
    assert c.caption["ko"] == "카카오톡에서 친구 추가"
