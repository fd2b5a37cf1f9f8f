"""Recording messages sent, also those sent from the phone."""

from __future__ import annotations

from datetime import date

from danggol_desktop.domain.friend_counts import check_day
from danggol_desktop.domain.promotion import TEXT_MAX, clean_text
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def record_sent_outside(ws: Workspace, shop_id: int, day: date, today: date, text: str = "") -> int:
    """A message sent from the phone's Kakao app counts like one sent from the wizard (not on a future day)."""
    return MessageRepo(ws.db).record_sent_outside(shop_id, check_day(day, today), clean_text(text, TEXT_MAX))
