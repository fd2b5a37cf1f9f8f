"""The market report: the programme's own figures for a market and a period, a per-shop table, and awards.

Definitions, written once here and printed on the report (report_pdf.DEFINITIONS):
- 채널 가게 (a channel shop) is a shop with its channel address written down.
- Friends, friends per channel shop, new friends and every award count channel shops only: a count kept for a shop
  without an address is listed apart ("채널 주소를 아직 안 적은 가게"), never added in.
- Messages, posts and coupons are counted for every shop; per channel shop they are divided by channel shops.
- Awards name the top three places; shops level on a place share it ("외 N곳 공동").
- 가장 많이 늘어난 가게: the largest increase in friends, a shop that started from 0 included.
- 처음보다 가장 많이 자란 가게: the largest increase as a share of where the shop started, only for shops that
  started with at least PERCENT_FLOOR friends (7 → 124 is +1,671%, and said nothing about the shop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from danggol_desktop.domain.csv_file import Cell, csv_bytes


@dataclass(frozen=True)
class ShopFigures:
    """One shop over the period; None where the shop has no count to say it."""

    name: str
    market: str
    has_channel: bool
    start: int | None  # friends at the start (the last count on or before it, else the first in the period)
    end: int | None  # friends at the end (the last count on or before it)
    messages: int  # messages sent in the period (practice never counts)
    posts: int = 0  # posts put on the channel home in the period
    coupons: int = 0  # coupons made in the period

    @property
    def growth(self) -> int | None:
        return self.end - self.start if self.start is not None and self.end is not None else None

    @property
    def relative_growth(self) -> float | None:
        """Growth against where the shop started; none for a shop that started from zero."""
        if self.growth is None or not self.start:
            return None
        return self.growth / self.start


PERCENT_FLOOR = 10  # friends a shop starts with to be measured in percent
PLACES = 3


@dataclass(frozen=True)
class Place:
    rank: int  # 1, 2, 3; shops level share the rank and the next place skips (1, 1, 3)
    names: tuple[str, ...]
    value: float


@dataclass(frozen=True)
class Award:
    code: str  # most_friends, biggest_growth, most_messages, most_posts, most_improved
    places: tuple[Place, ...]  # the top three places, best first

    @property
    def winners(self) -> tuple[str, ...]:
        """First place (ties share it)."""
        return self.places[0].names

    @property
    def value(self) -> float:
        return self.places[0].value


@dataclass(frozen=True)
class WeekFigures:
    """One week of the period (Monday to Sunday, cut to the period): channel friends at its end, how many more than
    the week before, and the messages sent and posts put up in it."""

    first_day: date
    last_day: date
    friends: int | None
    new_friends: int | None
    messages: int
    posts: int


@dataclass(frozen=True)
class EventFigures:
    """A market-wide event in the period (issue 29), with the shops of the report that took part."""

    market: str
    name: str
    starts_on: date
    ends_on: date
    benefit: str
    shops: tuple[str, ...]


@dataclass(frozen=True)
class CreditFigures:
    """A shop's or market channel's free message credit and what its sends up to the report's end cost."""

    market: str
    name: str
    credit: int
    used: int

    @property
    def left(self) -> int:
        return self.credit - self.used


@dataclass
class MarketReport:
    market: str | None
    start: date
    end: date
    shops: list[ShopFigures]
    awards: list[Award] = field(default_factory=list)
    weeks: list[WeekFigures] = field(default_factory=list)
    curriculum: dict[str, int] = field(default_factory=dict)  # step code → shops that had done it by the end
    practice_sessions: int = 0  # held in the period
    practice_shops: int = 0  # of the report's shops, how many came to one
    programme: str = ""  # the programme the report is for (e.g. 2026 전통시장 디지털 전환 지원사업)
    made_by: str = ""  # who made it (the tutor)
    # the markets' own channels (상인회), reported apart: never in the shops' figures or awards
    market_channels: list[ShopFigures] = field(default_factory=list)
    events: list[EventFigures] = field(default_factory=list)  # market-wide events that ran in the period
    credits: list[CreditFigures] = field(default_factory=list)  # message credit received and used (part 5)
    # the all-markets report's awards among the markets' own channels (the 2023 programme awarded 11 associations)
    channel_awards: list[Award] = field(default_factory=list)

    @property
    def shop_count(self) -> int:
        return len(self.shops)

    @property
    def channel_count(self) -> int:
        return sum(1 for s in self.shops if s.has_channel)

    @property
    def channel_shops(self) -> list[ShopFigures]:
        return [s for s in self.shops if s.has_channel]

    @property
    def unlinked_with_counts(self) -> list[ShopFigures]:
        """Shops with friend counts but no channel address: listed apart, not counted as channel friends."""
        return [s for s in self.shops if not s.has_channel and s.end is not None]

    @property
    def channel_share(self) -> float | None:
        return self.channel_count / self.shop_count if self.shop_count else None

    @property
    def total_friends(self) -> int:
        return sum(s.end for s in self.channel_shops if s.end is not None)

    @property
    def average_friends(self) -> float | None:
        """Per shop with a channel, as the programme counts it (4,040 friends / 62 shops = 65.2)."""
        return self.total_friends / self.channel_count if self.channel_count else None

    @property
    def messages_sent(self) -> int:
        return sum(s.messages for s in self.shops)

    @property
    def messages_per_shop(self) -> float | None:
        return self.messages_sent / self.channel_count if self.channel_count else None

    @property
    def posts(self) -> int:
        return sum(s.posts for s in self.shops)

    @property
    def coupons(self) -> int:
        return sum(s.coupons for s in self.shops)

    @property
    def growth(self) -> int:
        return sum(s.growth for s in self.channel_shops if s.growth is not None)

    @property
    def has_data(self) -> bool:
        """False when no shop has a count or a sent message in the period: say so instead of printing zeros."""
        return bool(self.events) or any(s.end is not None or s.messages or s.posts or s.coupons
                                        for s in [*self.shops, *self.market_channels])


def _award(code: str, scored: list[tuple[str, float]]) -> Award | None:
    """The top PLACES places among the shops with a value above zero; level shops share a place."""
    ranked = sorted(((value, name) for name, value in scored if value > 0), key=lambda vn: (-vn[0], vn[1]))
    places: list[Place] = []
    ahead = 0
    while ranked and ahead < PLACES:
        value = ranked[0][0]
        names = tuple(name for v, name in ranked if v == value)
        places.append(Place(ahead + 1, names, value))
        ahead += len(names)
        ranked = ranked[len(names):]
    return Award(code, tuple(places)) if places else None


def build_report(shops: list[ShopFigures], start: date, end: date, market: str | None = None) -> MarketReport:
    """Figures and awards. Awards are among channel shops; shops without data are left out of an award rather than
    ranked last."""
    report = MarketReport(market, start, end, sorted(shops, key=lambda s: (s.market, s.name)))
    label = (lambda s: s.name) if market else (lambda s: f"{s.market}/{s.name}")
    channel = [s for s in shops if s.has_channel]
    candidates = [
        _award("most_friends", [(label(s), s.end) for s in channel if s.end is not None]),
        _award("biggest_growth", [(label(s), s.growth) for s in channel if s.growth is not None]),
        _award("most_messages", [(label(s), s.messages) for s in channel if s.messages]),
        # the programme picked its winners by friends and by number of posts
        _award("most_posts", [(label(s), s.posts) for s in channel if s.posts]),
        _award("most_improved", [(label(s), round(s.relative_growth, 6)) for s in channel
                                 if s.relative_growth is not None and (s.start or 0) >= PERCENT_FLOOR]),
    ]
    report.awards = [a for a in candidates if a is not None]
    return report


def association_awards(channels: list[ShopFigures]) -> list[Award]:
    """Awards among the markets' own channels, judged as the programme judged them: friends, new friends, messages
    sent and posts. Only where two or more markets have a channel: one alone is not a contest."""
    if len(channels) < 2:
        return []
    candidates = [
        _award("most_friends", [(c.name, c.end) for c in channels if c.end is not None]),
        _award("biggest_growth", [(c.name, c.growth) for c in channels if c.growth is not None]),
        _award("most_messages", [(c.name, c.messages) for c in channels if c.messages]),
        _award("most_posts", [(c.name, c.posts) for c in channels if c.posts]),
    ]
    return [a for a in candidates if a is not None]


@dataclass(frozen=True)
class ReportWords:
    """The words a report file is written with (the caller's language): column names, total names, yes and no."""

    shop_header: tuple[str, ...]
    total_names: dict[str, str]
    yes: str
    no: str
    week_header: tuple[str, ...] = ()
    market_header: tuple[str, ...] = ()
    channels_title: str = ""  # the heading of the market channels' rows (상인회), after the totals
    event_header: tuple[str, ...] = ()  # the market events' rows, after the market channels
    credit_header: tuple[str, ...] = ()  # the message credit's rows, after the events


SHOP_COLUMNS = ("market", "shop", "channel", "friends_start", "friends_end", "growth", "messages_sent", "posts",
                "coupons")
TOTAL_ROWS = ("shops", "channels", "channel_share_percent", "friends_total", "friends_per_channel_shop",
              "messages_total", "messages_per_channel_shop", "growth_total", "posts_total", "coupons_total")


def shop_rows(report: MarketReport, yes: str, no: str, shops: list[ShopFigures] | None = None) -> list[list[Cell]]:
    """The per-shop table in SHOP_COLUMNS order; `yes`/`no` say whether a shop has a channel, in the file's language.
    `shops`: other rows of the same shape (the market channels)."""
    return [[s.market, s.name, yes if s.has_channel else no, s.start, s.end, s.growth, s.messages, s.posts,
             s.coupons] for s in (report.shops if shops is None else shops)]


def total_values(report: MarketReport) -> dict[str, Cell]:
    """The figures a tutor hands to the programme office, by TOTAL_ROWS code; averages to one decimal."""
    def one_decimal(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    share = report.channel_share
    return {
        "shops": report.shop_count,
        "channels": report.channel_count,
        "channel_share_percent": None if share is None else round(share * 100, 1),
        "friends_total": report.total_friends,
        "friends_per_channel_shop": one_decimal(report.average_friends),
        "messages_total": report.messages_sent,
        "messages_per_channel_shop": one_decimal(report.messages_per_shop),
        "growth_total": report.growth,
        "posts_total": report.posts,
        "coupons_total": report.coupons,
    }


@dataclass(frozen=True)
class MarketTotals:
    """One market's line in the all-markets report (friends and new friends of its channel shops)."""

    market: str
    shops: int
    channels: int
    friends: int
    growth: int
    messages: int
    posts: int


def market_subtotals(report: MarketReport) -> list[MarketTotals]:
    """Every market of the report with its subtotals, by name."""
    out = []
    for market in sorted({s.market for s in report.shops}):
        part = build_report([s for s in report.shops if s.market == market], report.start, report.end, market)
        out.append(MarketTotals(market, part.shop_count, part.channel_count, part.total_friends, part.growth,
                                part.messages_sent, part.posts))
    return out


MARKET_COLUMNS = ("market", "shops", "channels", "friends_total", "growth_total", "messages_total", "posts_total")
CREDIT_COLUMNS = ("market", "shop", "credit_received", "credit_used", "credit_left")
EVENT_COLUMNS = ("market", "event", "first_day", "last_day", "benefit", "shops_taking_part", "shop_names")
WEEK_COLUMNS = ("week_start", "friends", "new_friends", "messages_sent", "posts")


def week_rows(report: MarketReport) -> list[list[Cell]]:
    """One row per week; its first cell is the week's first day as YYYY-MM-DD."""
    return [[w.first_day.isoformat(), w.friends, w.new_friends, w.messages, w.posts] for w in report.weeks]


def report_csv(report: MarketReport, words: ReportWords) -> bytes:
    """Every shop's row, a blank row, the totals block (name in the first column, figure in the second), then —
    each after a blank row, with its own header row — the market channels (상인회), the market events, the message
    credit, the markets' subtotals
    (all-markets report) and the weeks."""
    values = total_values(report)
    totals: list[list[Cell]] = [[words.total_names[code], values[code]] for code in TOTAL_ROWS]
    weekly: list[list[Cell]] = [[], list(words.week_header), *week_rows(report)] if words.week_header else []
    markets: list[list[Cell]] = []
    if report.market is None and words.market_header:  # the all-markets report: a line per market
        lines: list[list[Cell]] = [[m.market, m.shops, m.channels, m.friends, m.growth, m.messages, m.posts]
                                   for m in market_subtotals(report)]
        markets = [[], list(words.market_header), *lines]
    channels: list[list[Cell]] = []
    if report.market_channels:  # the association's channel: its own rows, never in the shops' totals
        channels = [[], [words.channels_title], *shop_rows(report, words.yes, words.no, report.market_channels)]
    events: list[list[Cell]] = []
    if report.events and words.event_header:
        event_rows: list[list[Cell]] = [[e.market, e.name, e.starts_on.isoformat(), e.ends_on.isoformat(), e.benefit,
                                         len(e.shops), ", ".join(e.shops)] for e in report.events]
        events = [[], list(words.event_header), *event_rows]
    credits: list[list[Cell]] = []
    if report.credits and words.credit_header:
        credit_rows: list[list[Cell]] = [[c.market, c.name, c.credit, c.used, c.left] for c in report.credits]
        credits = [[], list(words.credit_header), *credit_rows]
    return csv_bytes(words.shop_header, [*shop_rows(report, words.yes, words.no), [], *totals, *channels, *events,
                                         *credits, *markets, *weekly])
