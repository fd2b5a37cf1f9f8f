"""The words at the top of every CSV column and beside every total, in the UI language (the codes stay English for
scripts: `--header codes` on the command line)."""

from __future__ import annotations

from danggol_desktop.domain.friend_counts import COUNT_COLUMNS
from danggol_desktop.domain.market_report import (
    CREDIT_COLUMNS,
    EVENT_COLUMNS,
    MARKET_COLUMNS,
    SHOP_COLUMNS,
    TOTAL_ROWS,
    WEEK_COLUMNS,
    ReportWords,
)
from danggol_desktop.words import QT_TRANSLATE_NOOP, translate

_NAMES = {
    # friend counts
    "date": QT_TRANSLATE_NOOP("Columns", "Date"),
    "count": QT_TRANSLATE_NOOP("Columns", "Friends"),
    "note": QT_TRANSLATE_NOOP("Columns", "Note"),
    # the market report's shops
    "market": QT_TRANSLATE_NOOP("Columns", "Market"),
    "shop": QT_TRANSLATE_NOOP("Columns", "Shop"),
    "channel": QT_TRANSLATE_NOOP("Columns", "Has a channel"),
    "friends_start": QT_TRANSLATE_NOOP("Columns", "Friends at the start"),
    "friends_end": QT_TRANSLATE_NOOP("Columns", "Friends at the end"),
    "growth": QT_TRANSLATE_NOOP("Columns", "Growth"),
    "messages_sent": QT_TRANSLATE_NOOP("Columns", "Messages sent"),
    "posts": QT_TRANSLATE_NOOP("Columns", "Posts"),
    "coupons": QT_TRANSLATE_NOOP("Columns", "Coupons made"),
    # the market report's totals
    "shops": QT_TRANSLATE_NOOP("Columns", "Shops"),
    "channels": QT_TRANSLATE_NOOP("Columns", "Shops with a channel"),
    "channel_share_percent": QT_TRANSLATE_NOOP("Columns", "Share with a channel (%)"),
    "friends_total": QT_TRANSLATE_NOOP("Columns", "Friends in all"),
    "friends_per_channel_shop": QT_TRANSLATE_NOOP("Columns", "Friends per shop with a channel"),
    "messages_total": QT_TRANSLATE_NOOP("Columns", "Messages sent in all"),
    "messages_per_channel_shop": QT_TRANSLATE_NOOP("Columns", "Messages per shop with a channel"),
    "growth_total": QT_TRANSLATE_NOOP("Columns", "Growth in all"),
    "posts_total": QT_TRANSLATE_NOOP("Columns", "Posts in all"),
    "coupons_total": QT_TRANSLATE_NOOP("Columns", "Coupons made in all"),
    # the market report's weeks
    "week_start": QT_TRANSLATE_NOOP("Columns", "Week from"),
    "friends": QT_TRANSLATE_NOOP("Columns", "Friends at the week's end"),
    "new_friends": QT_TRANSLATE_NOOP("Columns", "New friends in the week"),
    # the market report's events
    "event": QT_TRANSLATE_NOOP("Columns", "Market event"),
    "first_day": QT_TRANSLATE_NOOP("Columns", "First day"),
    "last_day": QT_TRANSLATE_NOOP("Columns", "Last day"),
    "benefit": QT_TRANSLATE_NOOP("Columns", "Benefit"),
    "shops_taking_part": QT_TRANSLATE_NOOP("Columns", "Shops taking part"),
    "shop_names": QT_TRANSLATE_NOOP("Columns", "Which shops"),
    # the market report's message credit
    "credit_received": QT_TRANSLATE_NOOP("Columns", "Message credit received (won)"),
    "credit_used": QT_TRANSLATE_NOOP("Columns", "Used, about (won)"),
    "credit_left": QT_TRANSLATE_NOOP("Columns", "Left, about (won)"),
}
_CHANNELS_TITLE = QT_TRANSLATE_NOOP("Columns", "Market channels (merchants' association)")
_YES = QT_TRANSLATE_NOOP("Columns", "yes")
_NO = QT_TRANSLATE_NOOP("Columns", "no")


def column_name(code: str, codes: bool = False) -> str:
    return code if codes else translate("Columns", str(_NAMES[code]))


def names(codes_in_order: tuple[str, ...], codes: bool = False) -> list[str]:
    return [column_name(code, codes) for code in codes_in_order]


def yes_no(codes: bool = False) -> tuple[str, str]:
    if codes:
        return "yes", "no"
    return translate("Columns", str(_YES)), translate("Columns", str(_NO))


def count_header(codes: bool = False) -> list[str]:
    return names(COUNT_COLUMNS, codes)


def report_words(codes: bool = False) -> ReportWords:
    yes, no = yes_no(codes)
    return ReportWords(tuple(names(SHOP_COLUMNS, codes)), {code: column_name(code, codes) for code in TOTAL_ROWS},
                       yes, no, tuple(names(WEEK_COLUMNS, codes)), tuple(names(MARKET_COLUMNS, codes)),
                       "market_channels" if codes else translate("Columns", str(_CHANNELS_TITLE)),
                       tuple(names(EVENT_COLUMNS, codes)), tuple(names(CREDIT_COLUMNS, codes)))
