"""The `danggol` subcommands, one module per command group. Each registers its parser, its handler, whether a run
writes (the day's backup copy follows that flag: a new writing command cannot be left out of it) and whether it
paints (it then needs a GUI application for fonts). Handlers reach data only through tasks/."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.tasks.workspace import Workspace

Make = Callable[..., argparse.ArgumentParser]


@dataclass(frozen=True)
class Command:
    name: str
    register: Callable[[Any, Make], None]  # (the subparsers object, the parser maker) → adds this group's parsers
    run: Callable[[argparse.Namespace, Workspace], None]
    writes: Callable[[argparse.Namespace], bool]
    paints: bool = False


# Every command's name and the module that holds it, in the order `danggol --help` lists them. A command line that
# names its command loads that module alone (the others cost ~8 ms of every command); --help loads them all.
MODULES = {
    "shops": "shops_command", "friends": "friends_command", "report": "report_command",
    "messages": "messages_command", "posts": "posts_command", "import-csv": "import_csv_command",
    "export": "transfer_command", "import": "transfer_command", "occasions": "occasions_command",
    "picture": "picture_command", "poster": "poster_command", "market": "market_command",
    "banner": "market_command", "directory": "directory_command", "price-tags": "price_tags_command",
    "event": "event_command",
}


def command_named(name: str) -> Command | None:
    """The command `name`, its module alone loaded; None for a name that is no command."""
    module_name = MODULES.get(name)
    if module_name is None:
        return None
    import importlib

    module = importlib.import_module(f"danggol_desktop.commands.{module_name}")
    found = getattr(module, "COMMANDS", None) or [module.COMMAND]
    return next(command for command in found if command.name == name)


def all_commands() -> list[Command]:
    """Every command group, in the order `danggol --help` lists them."""
    return [command for name in MODULES if (command := command_named(name)) is not None]


class PdfOnly(DanggolError):
    """A print-shop file (banner, price tags, directory board) is a PDF: another ending is refused."""

    code = "pdf_output_type"


def pdf_path(text: str) -> Path:
    """The --out of a command that writes only PDF; PdfOnly for another ending."""
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise PdfOnly(detail=str(path))
    return path


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
