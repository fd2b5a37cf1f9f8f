"""The `danggol` subcommands, one module per command group. Each registers its parser, its handler, whether a run
writes (the day's backup copy follows that flag: a new writing command cannot be left out of it) and whether it
paints (it then needs a GUI application for fonts). Handlers reach data only through tasks/."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from danggol_desktop.tasks.workspace import Workspace

Make = Callable[..., argparse.ArgumentParser]


@dataclass(frozen=True)
class Command:
    name: str
    register: Callable[[Any, Make], None]  # (the subparsers object, the parser maker) → adds this group's parsers
    run: Callable[[argparse.Namespace, Workspace], None]
    writes: Callable[[argparse.Namespace], bool]
    paints: bool = False


def all_commands() -> list[Command]:
    """Every command group, in the order `danggol --help` lists them."""
    from danggol_desktop.commands import (
        friends_command,
        import_csv_command,
        market_command,
        messages_command,
        occasions_command,
        picture_command,
        poster_command,
        posts_command,
        price_tags_command,
        report_command,
        shops_command,
        transfer_command,
    )

    return [shops_command.COMMAND, friends_command.COMMAND, report_command.COMMAND, messages_command.COMMAND,
            posts_command.COMMAND, import_csv_command.COMMAND,
            *transfer_command.COMMANDS, occasions_command.COMMAND, picture_command.COMMAND,
            poster_command.COMMAND, *market_command.COMMANDS,
            price_tags_command.COMMAND]


def never(_args: argparse.Namespace) -> bool:
    return False


def action_in(*actions: str) -> Callable[[argparse.Namespace], bool]:
    """Writes when the group's action is one of these."""
    return lambda args: getattr(args, "action", None) in actions


def today_or(ws: Workspace, text: str | None):  # noqa: ANN201 - a date
    """--date as given (checked), or the market's today."""
    from danggol_desktop.domain.friend_counts import parse_day

    today = ws.clock.today()
    return parse_day(text, today) if text else today
