"""What the market report reads: per-shop counts at the start and end of a period, and messages sent."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from danggol_desktop.domain.market_report import ShopFigures

_FIGURES = """
SELECT s.name, m.name, s.channel_url != '',
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day <= :start
     ORDER BY f.day DESC LIMIT 1),
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day >= :start
     AND f.day <= :end ORDER BY f.day LIMIT 1),
  (SELECT f.count FROM friend_counts f WHERE f.shop_id = s.id AND f.deleted_at IS NULL AND f.day <= :end
     ORDER BY f.day DESC LIMIT 1),
  (SELECT count(*) FROM messages g WHERE g.shop_id = s.id AND g.status = 'sent' AND g.deleted_at IS NULL
     AND g.sent_at >= :start AND g.sent_at < :after_end)
FROM shops s JOIN markets m ON m.id = s.market_id
WHERE s.archived_at IS NULL {market_filter}
"""


class ReportRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def figures(self, start: date, end: date, market: str | None = None) -> list[ShopFigures]:
        """Active shops only: archived shops keep their data but leave the reports."""
        params = {"start": start.isoformat(), "end": end.isoformat(),
                  "after_end": (end + timedelta(days=1)).isoformat(), "market": market}
        sql = _FIGURES.format(market_filter="AND m.name = :market" if market else "")
        found = []
        for name, market_name, has_channel, before, first_in, last, sent in self._db.conn.execute(sql, params):
            start_count = before if before is not None else first_in
            found.append(ShopFigures(name, market_name, bool(has_channel), start_count, last, sent))
        return found

    def weekly_totals(self, start: date, end: date, market: str | None = None) -> list[tuple[date, int | None]]:
        """Total friends of the market at the end of each week (each shop's last count so far), for the chart."""
        sql = ("SELECT f.shop_id, f.day, f.count FROM friend_counts f JOIN shops s ON s.id = f.shop_id "
               "JOIN markets m ON m.id = s.market_id WHERE f.deleted_at IS NULL AND s.archived_at IS NULL "
               "AND f.day <= :end " + ("AND m.name = :market " if market else "") + "ORDER BY f.day")
        rows = self._db.conn.execute(sql, {"end": end.isoformat(), "market": market}).fetchall()
        latest: dict[int, int] = {}
        points: list[tuple[date, int | None]] = []
        week_end = start + timedelta(days=6 - start.weekday())
        index = 0
        while True:
            edge = min(week_end, end)
            while index < len(rows) and rows[index][1] <= edge.isoformat():
                latest[rows[index][0]] = rows[index][2]
                index += 1
            points.append((edge, sum(latest.values()) if latest else None))
            if edge >= end:
                return points
            week_end += timedelta(days=7)
