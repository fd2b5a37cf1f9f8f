"""What the windows need, built once by app.build_services and passed down through constructors. Data is reached
through the task layer only (danggol_desktop/tasks/), with the workspace."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.appearance import Appearance

if TYPE_CHECKING:
    from danggol_desktop.domain.categories import Category
    from danggol_desktop.ui.read_aloud import ReadAloud


class Services:
    """What the windows need, built once by app.build_services and handed down: the open data folder (for the
    tasks), the look, the voice, and the one clock's readings the screens use."""

    def __init__(
        self,
        workspace: Workspace,
        appearance: Appearance,
        read_aloud: ReadAloud | None = None,  # started by app.py; None in most tests
    ) -> None:
        self.workspace = workspace
        self.appearance = appearance
        self.read_aloud = read_aloud
        # the one clock's readings the screens need: the market's today, and its wall time (aware, Korea)
        self.clock = workspace.clock
        self.today = self.clock.today
        self.now = self.clock.local_now

    @cached_property
    def categories(self) -> list[Category]:
        """The shop kinds, read from their data file the first time a screen needs them (home does not)."""
        from danggol_desktop import resources
        from danggol_desktop.domain.categories import load_categories

        return load_categories(resources.asset("data", "categories.json"))

    @property
    def data_dir(self) -> Path:
        return self.workspace.data_dir

    @property
    def backup_dir(self) -> Path:
        return self.workspace.backup_dir
