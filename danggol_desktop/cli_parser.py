"""The `danggol` command's arguments: every subcommand and its options, refused in one translated sentence.

Imported only when a command is given (or --help): a plain start of the app needs none of it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn

from danggol_desktop import __version__

EXIT_USAGE = 2  # as argparse's own, and cli.EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse with its refusals led by one translated sentence (argparse's own words are English)."""

    def __init__(self, *args, refusal_lead: Callable[[], str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.refusal_lead = refusal_lead

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.refusal_lead()} ({message})\n")


def build_parser(refusal_lead: Callable[[], str], only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; `refusal_lead()` gives the translated sentence put before argparse's own words. With
    `only` (the command a command line names), that command alone: what it parses and refuses is the same."""

    def make(**kwargs: Any) -> _Parser:
        return _Parser(refusal_lead=refusal_lead, **kwargs)

    parser = make(prog="danggol", description="단골 Desktop — KakaoTalk Channel helper for market merchants")
    parser.add_argument("--version", action="version", version=f"danggol {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database (also env DANGGOL_DATA_DIR)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the GUI, print the milliseconds until the first screen painted, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=make)  # type: ignore[call-overload]
    from danggol_desktop.commands import all_commands, command_named

    one = command_named(only) if only else None
    for command in [one] if one is not None else all_commands():
        command.register(sub, make)
    return parser


def named_command(argv: list[str]) -> str | None:
    """The command a command line names: its first word that is neither an option of `danggol` itself nor the
    folder after --data-dir. None when there is none, or when --help or --version comes first."""
    rest = iter(argv)
    for word in rest:
        if word == "--data-dir":
            next(rest, None)
        elif word in ("-h", "--help", "--version"):
            return None
        elif not word.startswith("-"):
            return word
    return None
