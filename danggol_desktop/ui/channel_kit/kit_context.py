"""What every card of the channel kit works with: the shop, the data folder, the kit's data file, the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from danggol_desktop.domain.categories import Category, suggested_items
from danggol_desktop.domain.channel_kit import ChannelKit, KitFacts, items_line
from danggol_desktop.domain.records import Coupon
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.tasks import channel_kit_tasks, shop_tasks, tutor_tasks
from danggol_desktop.tasks.workspace import Workspace


@dataclass
class KitContext:
    shop: Shop
    workspace: Workspace
    kit: ChannelKit
    categories: list[Category]
    language: str
    today: Callable[[], date]
    px: Callable[[float], int]

    def refresh_shop(self) -> Shop:
        self.shop = shop_tasks.get_shop(self.workspace, self.shop.id)
        return self.shop

    def texts(self) -> dict[str, str]:
        return channel_kit_tasks.texts(self.workspace, self.shop.id)

    def current_coupon(self) -> Coupon | None:
        """The newest coupon valid today (it names the friend benefit in the welcome message)."""
        return channel_kit_tasks.current_coupon(self.workspace, self.shop.id, self.today())

    def facts(self) -> KitFacts:
        texts = self.texts()
        items = items_line(suggested_items(self.categories, self.shop.category, self.language), self.language)
        return KitFacts(self.shop.name, self.shop.market, items, self.shop.phone, texts.get("hours", ""),
                        texts.get("address", ""), texts.get("closed_days", ""))

    def done_steps(self) -> dict[str, date]:
        """The shop's curriculum steps that are ticked, with their day."""
        progress = tutor_tasks.progress(self.workspace, [self.shop.id])
        return {step: day for (_shop, step), day in progress.items()}

    def done_on(self, step: str) -> date | None:
        return self.done_steps().get(step)

    @property
    def colour(self) -> str:
        return self.kit.colour(self.shop.category)


@dataclass
class KitDraft:
    """What a card's steps fill in, kept while the card is open (each card saves when its last step is reached)."""

    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = "") -> Any:
        return self.values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value
