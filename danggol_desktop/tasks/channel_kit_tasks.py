"""What the channel kit's cards save: the channel's address and search ID, profile texts, the welcome message,
chat answers, coupons (and customers' uses of them), posts — each checked, then stored all or nothing — and the
curriculum tick a finished card makes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from danggol_desktop import resources
from danggol_desktop.domain.channel_kit import (
    LINE_MAX,
    ChannelKit,
    check_channel_name,
    check_coupon_days,
    check_length,
    clean_search_id,
    clean_title,
    load_kit,
    tidy,
    tidy_block,
)
from danggol_desktop.domain.channel_link import normalize_channel_link
from danggol_desktop.domain.errors import InvalidInput
from danggol_desktop.domain.friend_counts import check_day
from danggol_desktop.domain.records import Coupon, Post
from danggol_desktop.domain.shop import normalize_phone
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.storage.channel_kit_repo import ChannelTextRepo, CouponRepo, PostRepo
from danggol_desktop.storage.shop_repo import ShopRepo
from danggol_desktop.tasks.workspace import Workspace, task


@cache
def channel_kit() -> ChannelKit:
    return load_kit(resources.asset("data", "channel_kit.json"))


def _line(text: str | None, field: str, limit: int = LINE_MAX) -> str:
    s = tidy(text)
    check_length(s, limit, field)
    return s


@task
def save_channel(ws: Workspace, shop_id: int, address: str, search_id: str) -> Shop:
    """The channel's address (required: the posters need it) and its search ID (may stay empty)."""
    if not (address or "").strip():
        raise InvalidInput("empty", "channel_url")
    url = normalize_channel_link(address)
    return ShopRepo(ws.db).set_channel(shop_id, url, clean_search_id(search_id, channel_kit().limits))


@task
def save_profile(ws: Workspace, shop_id: int, channel_name: str, intro: str, hours: str, phone: str, address: str,
                 closed_days: str = "") -> dict[str, str]:
    """The profile card's texts; the phone number is the shop's own (the messages and posters use it too)."""
    limits = channel_kit().limits
    texts = {
        "channel_name": check_channel_name(channel_name, limits),
        "intro": _line(intro, "intro", limits.intro_max),
        "hours": _line(hours, "hours"),
        "address": _line(address, "address"),
        "closed_days": _line(closed_days, "closed_days"),
    }
    clean_phone = normalize_phone(phone)
    shops = ShopRepo(ws.db)
    with ws.db.atomic():
        shop = shops.get(shop_id)
        if clean_phone != shop.phone:
            shops.update(shop_id, replace(shop.details, phone=clean_phone))
        ChannelTextRepo(ws.db).save(shop_id, texts)
    return texts


@task
def save_texts(ws: Workspace, shop_id: int, texts: dict[str, str]) -> dict[str, str]:
    """The welcome message (`welcome`) or chat answers (`chat.<question>`): several lines each, within Kakao's
    limits, none empty."""
    limits = channel_kit().limits
    clean = {}
    for code, text in texts.items():
        value = tidy_block(text)
        if not value:
            raise InvalidInput("text_empty", code)
        check_length(value, limits.welcome_max if code == "welcome" else limits.chat_answer_max, code)
        clean[code] = value
    ChannelTextRepo(ws.db).save(shop_id, clean)
    return clean


@task
def add_coupon(ws: Workspace, shop_id: int, title: str, benefit: str, starts_on: date, ends_on: date,
               how_to_use: str, notes: str, today: date) -> Coupon:
    limits = channel_kit().limits
    clean_title_text = clean_title(title, limits.coupon_title_max)
    check_coupon_days(starts_on, ends_on, today)
    return CouponRepo(ws.db).add(shop_id, clean_title_text, _line(benefit, "benefit"), starts_on, ends_on,
                                 _line(how_to_use, "how_to_use", 200), _line(notes, "notes", 200))


@task
def count_coupon_use(ws: Workspace, coupon_id: int, step: int = 1) -> Coupon:
    return CouponRepo(ws.db).count_use(coupon_id, 1 if step > 0 else -1)


@task
def delete_post(ws: Workspace, post_id: int, deleted: bool = True) -> bool:
    """Set aside a post recorded by mistake (or bring it back)."""
    return PostRepo(ws.db).delete(post_id, deleted)


@task
def record_post(ws: Workspace, shop_id: int, day: date, title: str, body: str, today: date) -> Post:
    """A post put on the channel home (from the app, or from the phone and recorded afterwards)."""
    limits = channel_kit().limits
    clean = clean_title(title, limits.post_title_max)
    text = tidy_block(body)
    check_length(text, limits.post_body_max, "body")
    return PostRepo(ws.db).record(shop_id, check_day(day, today), clean, text)


@task
def texts(ws: Workspace, shop_id: int) -> dict[str, str]:
    """The shop's channel texts by code (profile, welcome message, chat answers)."""
    return ChannelTextRepo(ws.db).texts(shop_id)


@task
def current_coupon(ws: Workspace, shop_id: int, today: date) -> Coupon | None:
    """The newest coupon valid today."""
    return CouponRepo(ws.db).current(shop_id, today)


@task
def posts(ws: Workspace, shop_id: int) -> list[Post]:
    return PostRepo(ws.db).list(shop_id)
