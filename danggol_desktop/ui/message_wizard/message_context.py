"""What the message screens need besides the draft: the shop, the data folder (reached through the tasks), the data
files and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from danggol_desktop import resources
from danggol_desktop.domain.categories import Category, suggested_items
from danggol_desktop.domain.message_budget import Budget
from danggol_desktop.domain.message_text import MessageRules, ShopFacts, load_rules, load_templates
from danggol_desktop.domain.occasions import Occasion, load_seasons, upcoming
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.tasks import friend_tasks
from danggol_desktop.tasks.workspace import Workspace


@dataclass
class MessageContext:
    shop: Shop
    workspace: Workspace
    categories: list[Category]
    language: str
    now: Callable[[], datetime]
    templates: dict
    rules: MessageRules
    seasons: dict
    px: Callable[[float], int]  # a length at 100% text size, grown with the text (theme.px)
    practice: bool = False  # a practice session is on: finished messages are kept as practice
    # 내 그림: (file name, path, headline) of the shop's pictures, newest first; none where pictures are not offered
    pictures: Callable[[], list[tuple[str, Path, str]]] | None = None

    def picture_path(self, name: str) -> Path | None:
        if not name or self.pictures is None:
            return None
        return next((path for file, path, _words in self.pictures() if file == name), None)

    @classmethod
    def load(cls, shop: Shop, workspace: Workspace, categories: list[Category],
             language: str, now: Callable[[], datetime], px: Callable[[float], int],
             practice: bool = False,
             pictures: Callable[[], list[tuple[str, Path, str]]] | None = None) -> MessageContext:
        return cls(shop, workspace, categories, language, now,
                   load_templates(resources.asset("data", "message_templates.json")),
                   load_rules(resources.asset("data", "kakao_messages.json")),
                   load_seasons(resources.asset("data", "seasons.json")), px, practice, pictures)

    @property
    def today(self) -> date:
        return self.now().date()

    @property
    def facts(self) -> ShopFacts:
        return ShopFacts(self.shop.name, self.shop.market, self.shop.phone, self.shop.optout_phone)

    def upcoming_occasions(self) -> list[Occasion]:
        return upcoming(self.today, self.seasons)

    def occasion_names(self) -> dict[str, str]:
        return {o.code: o.name(self.language) for o in upcoming(self.today, self.seasons, within_days=366)}

    def items(self) -> list[str]:
        return suggested_items(self.categories, self.shop.category, self.language)

    def budget(self) -> Budget | None:
        """The shop's (or market channel's) free message credit and what its sends have cost; None without one."""
        from danggol_desktop.tasks import message_tasks

        return message_tasks.message_budget(self.workspace, self.shop.id, rules=self.rules)

    def latest_friends(self) -> int | None:
        latest = friend_tasks.latest(self.workspace, self.shop.id)
        return latest.count if latest else None
