"""What was printed or saved, and when: each shop's poster history."""

from __future__ import annotations

from danggol_desktop.domain.records import PosterRecord
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.tasks.workspace import Workspace, task


@task
def record_poster(ws: Workspace, shop_id: int, layout: str, headline: str, offer: str, channel_url: str,
                  output: str, path: str = "") -> None:
    """Note a poster printed or saved (output: print, pdf or png)."""
    PosterRepo(ws.db).add(shop_id, layout, headline.strip(), offer.strip(), channel_url, output, path)


@task
def poster_history(ws: Workspace, shop_id: int) -> list[PosterRecord]:
    return PosterRepo(ws.db).history(shop_id)
