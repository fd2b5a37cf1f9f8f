"""What the windows need, built once by app.build_services and passed down through constructors."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop.storage.settings_repo import SettingsRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.appearance import Appearance

if TYPE_CHECKING:
    from danggol_desktop.domain.categories import Category
    from danggol_desktop.storage.friend_count_repo import FriendCountRepo
    from danggol_desktop.storage.message_repo import MessageRepo
    from danggol_desktop.storage.poster_repo import PosterRepo
    from danggol_desktop.storage.report_repo import ReportRepo
    from danggol_desktop.storage.transfer_repo import TransferRepo
    from danggol_desktop.storage.tutor_repo import CurriculumRepo, PracticeRepo
    from danggol_desktop.ui.read_aloud import ReadAloud


class Services:
    """What the windows need, built once by app.build_services and handed down.

    The home screen needs only the shops and the settings; every other repository (and the modules behind it) is
    made the first time a screen asks for it, so start-up does not pay for what it does not show."""

    def __init__(
        self,
        workspace: Workspace,
        shops: ShopRepo,
        settings: SettingsRepo,
        appearance: Appearance,
        read_aloud: ReadAloud | None = None,  # started by app.py; None in most tests
    ) -> None:
        self.workspace = workspace
        self.shops = shops
        self.settings = settings
        self.appearance = appearance
        # the one clock's readings the screens need: the market's today, and its wall time (aware, Korea)
        self.clock = workspace.clock
        self.today = self.clock.today
        self.now = self.clock.local_now
        self.read_aloud = read_aloud

    @cached_property
    def categories(self) -> list[Category]:
        """The shop kinds, read from their data file the first time a screen needs them (home does not)."""
        from danggol_desktop import resources
        from danggol_desktop.domain.categories import load_categories

        return load_categories(resources.asset("data", "categories.json"))

    @property
    def backup_dir(self) -> Path:
        return self.workspace.backup_dir

    @cached_property
    def friends(self) -> FriendCountRepo:
        from danggol_desktop.storage.friend_count_repo import FriendCountRepo

        return FriendCountRepo(self.workspace.db)

    @cached_property
    def posters(self) -> PosterRepo:
        from danggol_desktop.storage.poster_repo import PosterRepo

        return PosterRepo(self.workspace.db)

    @cached_property
    def messages(self) -> MessageRepo:
        from danggol_desktop.storage.message_repo import MessageRepo

        return MessageRepo(self.workspace.db)

    @cached_property
    def practice(self) -> PracticeRepo:
        from danggol_desktop.storage.tutor_repo import PracticeRepo

        return PracticeRepo(self.workspace.db)

    @cached_property
    def curriculum(self) -> CurriculumRepo:
        from danggol_desktop.storage.tutor_repo import CurriculumRepo

        return CurriculumRepo(self.workspace.db)

    @cached_property
    def reports(self) -> ReportRepo:
        from danggol_desktop.storage.report_repo import ReportRepo

        return ReportRepo(self.workspace.db)

    @cached_property
    def transfer(self) -> TransferRepo:
        from danggol_desktop.storage.transfer_repo import TransferRepo

        return TransferRepo(self.workspace.db)
