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
    # the band under the QR is a call to action: what to do, in a verb the customer can follow
    assert "찍고" in c.caption["ko"] and "친구 추가" in c.caption["ko"] and c.caption["en"]


def test_every_category_says_what_its_friends_get_without_promising_a_discount():
    from danggol_desktop.domain.categories import load_categories, poster_offer

    categories = load_categories(resources.asset("data", "categories.json"))
    for category in categories:
        for language in ("ko", "en"):
            line = poster_offer(categories, category.code, language)
            assert line == category.poster_offer[language] and 8 <= len(line) <= 60
            assert not any(ch.isdigit() for ch in line) and "%" not in line  # no figure the merchant did not choose
    assert poster_offer(categories, "", "ko") == poster_offer(categories, "other", "ko") != ""
    assert poster_offer(categories, "no-such-kind", "ko") == poster_offer(categories, "other", "ko")
