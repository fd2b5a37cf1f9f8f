from datetime import date

from danggol_desktop.domain.market_report import (
    SHOP_COLUMNS,
    TOTAL_ROWS,
    ReportWords,
    ShopFigures,
    build_report,
    report_csv,
)

START, END = date(2022, 9, 14), date(2022, 11, 8)


def pilot():
    """신영시장's 8-week pilot as the article gives it: 70 shops, 62 with a channel, 4,040 friends and 361 messages.
    Built shop by shop (10 shops with 66 friends and 52 with 65; 51 shops sent 6 messages and 11 sent 5), so the
    totals below are the report's own sums, not numbers written into the fixture."""
    shops = [ShopFigures(f"가게{n:02d}", "신영시장", True, 0, 66 if n < 10 else 65, 6 if n < 51 else 5)
             for n in range(62)]
    shops += [ShopFigures(f"채널없음{n}", "신영시장", False, None, None, 0) for n in range(8)]
    return shops


def test_the_pilot_figures():
    report = build_report(pilot(), START, END, "신영시장")
    assert report.shop_count == 70 and report.channel_count == 62
    assert round(report.channel_share * 100, 1) == 88.6
    assert report.total_friends == 4040 and round(report.average_friends, 1) == 65.2
    assert report.messages_sent == 361 and round(report.messages_per_shop, 1) == 5.8
    assert report.has_data
    awards = {a.code: a for a in report.awards}
    assert awards["most_friends"].winners == tuple(f"가게{n:02d}" for n in range(10))
    assert awards["most_friends"].value == 66


def test_awards_share_ties_and_leave_out_shops_without_data():
    shops = [
        ShopFigures("해남채소", "신영시장", True, 10, 50, 3),
        ShopFigures("바다수산", "신영시장", True, 30, 70, 3),
        ShopFigures("새가게", "신영시장", True, None, None, 0),
        ShopFigures("처음부터0", "신영시장", True, 0, 20, 1),
    ]
    awards = {a.code: a for a in build_report(shops, START, END, "신영시장").awards}
    assert awards["most_friends"].winners == ("바다수산",)
    assert awards["biggest_growth"].winners == ("바다수산", "해남채소") and awards["biggest_growth"].value == 40
    assert awards["most_messages"].winners == ("바다수산", "해남채소")
    assert awards["most_improved"].winners == ("해남채소",) and awards["most_improved"].value == 4.0
    assert all("새가게" not in p.names for a in awards.values() for p in a.places)
    assert all("처음부터0" not in p.names for p in awards["most_improved"].places)
    assert ("처음부터0",) in [p.names for p in awards["biggest_growth"].places]  # from 0: eligible for the increase


def test_edge_cases():
    empty = build_report([], START, END)
    assert empty.shop_count == 0 and empty.channel_share is None and empty.average_friends is None
    assert not empty.has_data and empty.awards == []
    no_channels = build_report([ShopFigures("가", "시장", False, None, None, 0)], START, END)
    assert no_channels.channel_share == 0 and no_channels.messages_per_shop is None and not no_channels.has_data
    one = build_report([ShopFigures("가", "시장", True, 5, 5, 0)], START, END)
    assert one.growth == 0 and [a.code for a in one.awards] == ["most_friends"]  # no growth is no award


def test_labels_name_the_market_when_reporting_every_market():
    shops = [ShopFigures("해남채소", "신영시장", True, 1, 9, 0), ShopFigures("해남채소", "자양시장", True, 1, 9, 0)]
    award = build_report(shops, START, END).awards[0]
    assert award.winners == ("신영시장/해남채소", "자양시장/해남채소")


CODES = ReportWords(SHOP_COLUMNS, {code: code for code in TOTAL_ROWS}, "yes", "no")


def test_csv_has_the_shops_then_the_totals_for_the_programme_office():
    report = build_report([ShopFigures("해남채소", "신영시장", True, 10, 15, 2, posts=4, coupons=1),
                           ShopFigures("바다수산", "신영시장", True, 20, 40, 3, posts=1),
                           ShopFigures("빈가게", "신영시장", False, None, None, 0)], START, END)
    data = report_csv(report, CODES)
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == len(data.decode("utf-8-sig").splitlines())
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[:5] == ["market,shop,channel,friends_start,friends_end,growth,messages_sent,posts,coupons",
                         "신영시장,바다수산,yes,20,40,20,3,1,0", "신영시장,빈가게,no,,,,0,0,0",
                         "신영시장,해남채소,yes,10,15,5,2,4,1", ""]
    assert lines[5:] == ["shops,3", "channels,2", "channel_share_percent,66.7", "friends_total,55",
                         "friends_per_channel_shop,27.5", "messages_total,5", "messages_per_channel_shop,2.5",
                         "growth_total,25", "posts_total,5", "coupons_total,1"]


def test_the_shop_with_most_posts_gets_an_award_and_ties_share_it():
    report = build_report([ShopFigures("해남채소", "신영시장", True, 10, 15, 2, posts=4),
                           ShopFigures("바다수산", "신영시장", True, 20, 40, 3, posts=4),
                           ShopFigures("빈가게", "신영시장", False, None, None, 0, posts=0)], START, END, "신영시장")
    awards = {a.code: a for a in report.awards}
    assert awards["most_posts"].winners == ("바다수산", "해남채소") and awards["most_posts"].value == 4
    assert report.posts == 8


def test_a_market_where_only_posts_were_made_still_has_a_report():
    report = build_report([ShopFigures("해남채소", "신영시장", True, None, None, 0, posts=1)], START, END)
    assert report.has_data and [a.code for a in report.awards] == ["most_posts"]


def test_friends_averages_and_awards_count_channel_shops_only():
    """Issue 28, finding 2: counts kept for a shop with no channel address went into 채널 친구 and the per channel
    shop average (326.2 instead of 15.5) and won 'most friends' and 'most messages'."""
    shops = [ShopFigures(f"가게{n}", "신영시장", True, 10, 15 + n % 2, 2) for n in range(10)]
    shops.append(ShopFigures("주소없음", "신영시장", False, 3000, 3100, 40, posts=2))
    report = build_report(shops, START, END, "신영시장")
    assert report.total_friends == 155 and round(report.average_friends, 1) == 15.5
    assert report.growth == 55
    assert [s.name for s in report.unlinked_with_counts] == ["주소없음"]
    assert all("주소없음" not in p.names for a in report.awards for p in a.places)
    assert report.messages_sent == 60 and report.posts == 2  # messages and posts are what was done, by every shop


def test_a_percentage_award_only_for_shops_that_started_with_at_least_the_floor():
    """Issue 28, finding 6: '가장 크게 자란 가게' went to +1,671% (7 → 124): tiny starts dominated."""
    from danggol_desktop.domain.market_report import PERCENT_FLOOR

    shops = [ShopFigures("작은시작", "신영시장", True, 7, 124, 0), ShopFigures("꾸준", "신영시장", True, 20, 60, 0),
             ShopFigures("영에서", "신영시장", True, 0, 130, 0)]
    awards = {a.code: a for a in build_report(shops, START, END, "신영시장").awards}
    assert PERCENT_FLOOR == 10
    assert [p.names for p in awards["most_improved"].places] == [("꾸준",)]
    assert awards["biggest_growth"].places[0].names == ("영에서",) and awards["biggest_growth"].value == 130


def test_awards_name_the_top_three_places_and_level_shops_share_one():
    """Issue 28, finding 5: 160 shops tied for most messages; the award list ran over the footer."""
    shops = [ShopFigures(f"가게{n:03d}", "시장", True, 1, 2, 5 if n < 160 else (4 if n < 170 else 3))
             for n in range(200)]
    most = {a.code: a for a in build_report(shops, START, END, "시장").awards}["most_messages"]
    assert [(p.rank, len(p.names), p.value) for p in most.places] == [(1, 160, 5)]  # 160 share the first place
    few = [ShopFigures("가", "시", True, 1, 9, 0), ShopFigures("나", "시", True, 1, 9, 0),
           ShopFigures("다", "시", True, 1, 7, 0), ShopFigures("라", "시", True, 1, 5, 0)]
    top = {a.code: a for a in build_report(few, START, END, "시").awards}["most_friends"]
    assert [(p.rank, p.names) for p in top.places] == [(1, ("가", "나")), (3, ("다",))]
