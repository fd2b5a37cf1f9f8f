"""What the market report reads: per-shop counts at the start and end of a period, and messages sent."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from danggol_desktop.domain.market_report import EventFigures, ShopFigures, WeekFigures
from danggol_desktop.domain.shop_record import ASSOCIATION

if TYPE_CHECKING:
    from danggol_desktop.storage.connection import Database

_FIGURES = """
SELECT s.name, m.name, s.channel_url != '',
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day <= :start
     ORDER BY f.day DESC LIMIT 1),
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day >= :start
     AND f.day <= :end ORDER BY f.day LIMIT 1),
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day <= :end
     ORDER BY f.day DESC LIMIT 1),
  (SELECT count(*) FROM messages g WHERE g.shop_id = s.id AND g.status = 'sent' AND g.deleted_at IS NULL
     AND g.sent_at >= :start AND g.sent_at < :after_end),
  (SELECT count(*) FROM posts p WHERE p.shop_id = s.id AND p.deleted_at IS NULL
     AND p.day >= :start AND p.day <= :end),
  (SELECT count(*) FROM coupons c WHERE c.shop_id = s.id AND c.deleted_at IS NULL
     AND substr(c.created_at, 1, 10) >= :start AND substr(c.created_at, 1, 10) <= :end)
FROM shops s JOIN markets m ON m.id = s.market_id
WHERE s.archived_at IS NULL {market_filter} {kind_filter}
"""
# The market's own channel (the association's shop) is reported apart: its friends are not a shop's friends, and it is
# not a candidate for the shops' awards.
SHOPS_ONLY = f"AND s.category != '{ASSOCIATION}'"
CHANNELS_ONLY = f"AND s.category = '{ASSOCIATION}'"


class ReportRepo:
    def __init__(self, db: Database) -> None:
        self._db = db

    def figures(self, start: date, end: date, market: str | None = None,
                market_channels: bool = False) -> list[ShopFigures]:
        """Active shops only: archived shops keep their data but leave the reports. With `market_channels`, the
        markets' own channels (상인회) instead of the shops."""
        params = {"start": start.isoformat(), "end": end.isoformat(),
                  "after_end": (end + timedelta(days=1)).isoformat(), "market": market}
        sql = _FIGURES.format(market_filter="AND m.name = :market" if market else "",
                              kind_filter=CHANNELS_ONLY if market_channels else SHOPS_ONLY)
        found = []
        rows = self._db.conn.execute(sql, params)
        for name, market_name, has_channel, before, first_in, last, sent, posts, coupons in rows:
            start_count = before if before is not None else first_in
            found.append(ShopFigures(name, market_name, bool(has_channel), start_count, last, sent, posts, coupons))
        return found

    def first_record_day(self, market: str | None = None) -> date | None:
        """The market's first record of any kind (a shop added, a friend count, a message sent, a post, a coupon),
        for the default period: a market whose shops joined, sent messages or posted before their first count
        reports from there (three posts before the first count were left out: 소식 0 instead of 3)."""
        where = "AND m.name = :market" if market else ""
        sql = (f"SELECT min(d) FROM (SELECT min(substr(s.created_at, 1, 10)) AS d FROM shops s "
               f"JOIN markets m ON m.id = s.market_id WHERE s.archived_at IS NULL {where} "
               f"UNION ALL SELECT min(f.day) FROM friend_counts f JOIN shops s ON s.id = f.shop_id "
               f"JOIN markets m ON m.id = s.market_id WHERE f.deleted_at IS NULL AND s.archived_at IS NULL {where} "
               f"UNION ALL SELECT min(substr(g.sent_at, 1, 10)) FROM messages g JOIN shops s ON s.id = g.shop_id "
               f"JOIN markets m ON m.id = s.market_id WHERE g.status = 'sent' AND g.deleted_at IS NULL "
               f"AND s.archived_at IS NULL {where} "
               f"UNION ALL SELECT min(p.day) FROM posts p JOIN shops s ON s.id = p.shop_id "
               f"JOIN markets m ON m.id = s.market_id WHERE p.deleted_at IS NULL AND s.archived_at IS NULL {where} "
               f"UNION ALL SELECT min(substr(c.created_at, 1, 10)) FROM coupons c JOIN shops s ON s.id = c.shop_id "
               f"JOIN markets m ON m.id = s.market_id WHERE c.deleted_at IS NULL AND s.archived_at IS NULL {where})")
        row = self._db.conn.execute(sql, {"market": market}).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def weekly_totals(self, start: date, end: date, market: str | None = None) -> list[tuple[date, int | None]]:
        """Total friends of the market's channel shops at the end of each week (each shop's last count so far), for
        the chart.
        One indexed look-up per shop and week: no need to read every daily count."""
        sql = ("SELECT sum((SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL "
               "AND f.day <= :edge ORDER BY f.day DESC LIMIT 1)) FROM shops s JOIN markets m ON m.id = s.market_id "
               f"WHERE s.archived_at IS NULL AND s.channel_url != '' {SHOPS_ONLY} "  # channel shops only
               + ("AND m.name = :market" if market else ""))
        points: list[tuple[date, int | None]] = []
        edge = start + timedelta(days=6 - start.weekday())
        while True:
            edge = min(edge, end)
            total = self._db.conn.execute(sql, {"edge": edge.isoformat(), "market": market}).fetchone()[0]
            points.append((edge, total))
            if edge >= end:
                return points
            edge += timedelta(days=7)

    def weeks(self, start: date, end: date, market: str | None = None) -> list[WeekFigures]:
        """The period week by week (Monday to Sunday, the first and last cut to the period): channel friends at each
        week's end and the change from the week before, messages sent and posts made in it."""
        where = "AND m.name = :market" if market else ""
        sent_sql = ("SELECT count(*) FROM messages g JOIN shops s ON s.id = g.shop_id JOIN markets m ON m.id = "
                    "s.market_id WHERE g.status = 'sent' AND g.deleted_at IS NULL AND s.archived_at IS NULL "
                    f"AND g.sent_at >= :first AND g.sent_at < :after {where} {SHOPS_ONLY}")
        posts_sql = ("SELECT count(*) FROM posts p JOIN shops s ON s.id = p.shop_id JOIN markets m ON m.id = "
                     "s.market_id WHERE p.deleted_at IS NULL AND s.archived_at IS NULL "
                     f"AND p.day >= :first AND p.day <= :last {where} {SHOPS_ONLY}")
        weeks: list[WeekFigures] = []
        previous = None
        for edge, friends in self.weekly_totals(start, end, market):
            first = max(start, edge - timedelta(days=edge.weekday()))
            params = {"first": first.isoformat(), "last": edge.isoformat(),
                      "after": (edge + timedelta(days=1)).isoformat(), "market": market}
            sent = self._db.conn.execute(sent_sql, params).fetchone()[0]
            posts = self._db.conn.execute(posts_sql, params).fetchone()[0]
            new = friends - previous if friends is not None and previous is not None else None
            weeks.append(WeekFigures(first, edge, friends, new, sent, posts))
            previous = friends if friends is not None else previous
        return weeks

    def curriculum_done(self, end: date, market: str | None = None) -> dict[str, int]:
        """How many of the market's active shops had done each curriculum step by the end of the period."""
        where = "AND m.name = :market" if market else ""
        rows = self._db.conn.execute(
            "SELECT c.step, count(DISTINCT c.shop_id) FROM curriculum_progress c JOIN shops s ON s.id = c.shop_id "
            "JOIN markets m ON m.id = s.market_id WHERE c.done_on IS NOT NULL AND c.done_on <= :end "
            f"AND s.archived_at IS NULL {where} {SHOPS_ONLY} GROUP BY c.step",
            {"end": end.isoformat(), "market": market})
        return {step: count for step, count in rows}

    def practice(self, start: date, end: date, market: str | None = None) -> tuple[int, int]:
        """Practice sessions held in the period with someone of the market there, and how many of its shops came."""
        where = "AND m.name = :market" if market else ""
        row = self._db.conn.execute(
            "SELECT count(DISTINCT p.id), count(DISTINCT a.shop_id) FROM practice_sessions p "
            "JOIN practice_attendance a ON a.session_id = p.id JOIN shops s ON s.id = a.shop_id "
            "JOIN markets m ON m.id = s.market_id WHERE p.day >= :start AND p.day <= :end "
            f"AND s.archived_at IS NULL {where}",
            {"start": start.isoformat(), "end": end.isoformat(), "market": market}).fetchone()
        return int(row[0]), int(row[1])

    def events(self, start: date, end: date, market: str | None = None) -> list[EventFigures]:
        """Market-wide events that ran at some time in the period, with the report's shops that took part (active
        shops, in the order they were named)."""
        where = "AND m.name = :market" if market else ""
        rows = self._db.conn.execute(
            "SELECT e.id, m.name, e.name, e.starts_on, e.ends_on, e.benefit FROM market_events e "
            "JOIN markets m ON m.id = e.market_id WHERE e.deleted_at IS NULL AND e.starts_on <= :end "
            f"AND e.ends_on >= :start {where} ORDER BY e.starts_on, m.name, e.id",
            {"start": start.isoformat(), "end": end.isoformat(), "market": market}).fetchall()
        found = []
        for event_id, market_name, name, starts_on, ends_on, benefit in rows:
            shops = tuple(r[0] for r in self._db.conn.execute(
                "SELECT s.name FROM market_event_shops t JOIN shops s ON s.id = t.shop_id WHERE t.event_id = ? "
                "AND t.deleted_at IS NULL AND s.archived_at IS NULL ORDER BY t.id", (event_id,)))
            found.append(EventFigures(market_name, name, date.fromisoformat(starts_on), date.fromisoformat(ends_on),
                                      benefit, shops))
        return found

    def with_credit(self, market: str | None = None) -> list[tuple[int, str, str, int]]:
        """(shop id, market, name, credit) of the active shops and market channels with a message credit written."""
        where = "AND m.name = :market" if market else ""
        return [tuple(row) for row in self._db.conn.execute(
            "SELECT s.id, m.name, s.name, s.message_credit FROM shops s JOIN markets m ON m.id = s.market_id "
            f"WHERE s.message_credit IS NOT NULL AND s.archived_at IS NULL {where} ORDER BY m.name, s.name",
            {"market": market})]
