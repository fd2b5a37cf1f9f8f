"""What the windows need, built once by app.build_services and passed down through constructors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop.domain.categories import Category
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.storage.report_repo import ReportRepo
from danggol_desktop.storage.settings_repo import SettingsRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.storage.transfer_repo import TransferRepo
from danggol_desktop.storage.tutor_repo import CurriculumRepo, PracticeRepo
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.appearance import Appearance

if TYPE_CHECKING:
    from danggol_desktop.ui.read_aloud import ReadAloud


@dataclass
class Services:
    """What the windows need, built once by app.build_services and handed down."""

    workspace: Workspace
    shops: ShopRepo
    settings: SettingsRepo
    friends: FriendCountRepo
    posters: PosterRepo
    messages: MessageRepo
    practice: PracticeRepo
    curriculum: CurriculumRepo
    reports: ReportRepo
    transfer: TransferRepo
    categories: list[Category]
    appearance: Appearance
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now
    read_aloud: ReadAloud | None = None  # started by app.py; None in most tests

    @property
    def backup_dir(self) -> Path:
        return self.workspace.backup_dir
