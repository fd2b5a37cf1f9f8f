"""The `danggol` command: no subcommand starts the GUI; subcommands do tutors' batch work on the same core.

Thin by design: parse, call the core, print. Bad input: one translated line on stderr, exit code 2, nothing written.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from danggol_desktop.domain.clock import Clock

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _speak_utf8() -> None:
    """Print UTF-8 whatever the system's code page: a Windows pipe or file otherwise takes the ANSI code page (cp1252
    on an English Windows), which cannot write a shop's Korean name and would fail the command after its work."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None, clock: Clock | None = None) -> int:
    """The program's entry: the one clock is made here (tests pass their own) and handed to everything else."""
    started = time.perf_counter()
    _speak_utf8()
    if clock is None:
        from danggol_desktop.domain.clock import system_clock

        clock = system_clock()
    argv = sys.argv[1:] if argv is None else list(argv)
    plain_start = _plain_start(argv)
    if plain_start is not None:  # the app itself: no subcommand parser to build (a few ms of every start)
        # The Qt-free data side first: once loaded, PySide reads the source text of each module that an import
        # statement names for the first time (looking for `from __feature__`, ~0.15 ms a module in a checkout); the
        # imports these modules make before PySide is there are spared that (~2 ms a start).
        import danggol_desktop.app_log
        import danggol_desktop.storage.settings_repo
        import danggol_desktop.storage.shop_repo
        import danggol_desktop.tasks.workspace  # noqa: F401
        from danggol_desktop import paths
        from danggol_desktop.app import run_gui

        data_dir_arg, smoke_test = plain_start
        return run_gui(paths.data_dir(data_dir_arg), clock, smoke_test=smoke_test, started=started)
    from danggol_desktop import paths
    from danggol_desktop.cli_parser import build_parser

    args = build_parser(lambda: _refusal_lead(_data_dir_arg(argv))).parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    if args.command is None:
        from danggol_desktop.app import run_gui

        return run_gui(data_dir, clock, smoke_test=args.smoke_test, started=started)
    app = _core_app(str(data_dir), gui=args.command in ("poster", "report", "picture"))  # painting needs a GUI app
    try:
        try:
            return _run_command(args, data_dir, clock)
        except Exception as exc:  # noqa: BLE001 - a merchant never sees a traceback
            from danggol_desktop.app_log import log_exception
            from danggol_desktop.domain.errors import DanggolError
            from danggol_desktop.error_sentences import describe_error
            from danggol_desktop.storage.errors import StorageError, classify, is_storage_failure

            if is_storage_failure(exc):
                exc = classify(exc, data_dir)
            # by the command's name only: its arguments can hold customers' phone numbers and message texts
            name = " ".join(["danggol", args.command, getattr(args, "action", None) or ""]).strip()
            log_exception(data_dir, exc, name)
            print(describe_error(exc), file=sys.stderr)
            if isinstance(exc, StorageError):
                return EXIT_ERROR
            return EXIT_USAGE if isinstance(exc, DanggolError) else EXIT_ERROR
    finally:
        _release_app(app)


def _plain_start(argv: list[str]) -> tuple[str | None, bool] | None:
    """(data folder, smoke test) when `argv` only starts the app — nothing, `--smoke-test`, `--data-dir DIR` or
    `--data-dir=DIR`, each at most once —; None for anything else, which the full parser reads (and refuses)."""
    data_dir: str | None = None
    smoke_test = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke-test" and not smoke_test:
            smoke_test = True
        elif arg == "--data-dir" and data_dir is None and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and data_dir is None and len(arg) > len("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return data_dir, smoke_test


def _refusal_lead(data_dir: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    app = _core_app(data_dir)  # translations need an application object
    lead = QCoreApplication.translate("Cli", "The command was not understood. See 'danggol --help'.")
    _release_app(app)
    return lead


def _data_dir_arg(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def _core_app(data_dir: str | None, gui: bool = False):
    """A QCoreApplication (a QGuiApplication, offscreen when there is no screen, for commands that paint) with the
    translator of the language chosen in the app (Korean by default). An application that is already there (the
    test suite runs commands in its own process) is used as it is, and gets the translator for the command."""
    import os

    from PySide6.QtCore import QCoreApplication

    from danggol_desktop import paths

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QGuiApplication(["danggol"])
        else:
            app = QCoreApplication(["danggol"])
    if app.property("danggol_cli_language") is None:
        _install_translator(app, _stored_language(paths.database_path(paths.data_dir(data_dir))))
    return app


def _install_translator(app, language: str) -> None:
    from PySide6.QtCore import QTranslator

    from danggol_desktop import resources

    translator = QTranslator(app)
    translator.setObjectName("danggol-cli-translator")
    if translator.load(f"danggol_{language}", str(resources.translations_dir())):
        app.installTranslator(translator)
    app.setProperty("danggol_cli_language", language)


def _release_app(app) -> None:
    """Take the command's translator off an application that outlives the command (tests run many in one process)."""
    from PySide6.QtCore import QTranslator

    for translator in app.findChildren(QTranslator, "danggol-cli-translator"):
        app.removeTranslator(translator)
        translator.setParent(None)
    app.setProperty("danggol_cli_language", None)


def _stored_language(db_path: Path) -> str:
    if not db_path.exists():
        return "ko"
    try:
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "ko"
    return row[0] if row and row[0] in ("ko", "en") else "ko"


_WRITES = {("shops", "add"), ("shops", "archive"), ("friends", "record"), ("messages", "record-sent"),
           ("posts", "record"), ("import", None)}


def _run_command(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    from danggol_desktop.domain.shop import ShopDetails
    from danggol_desktop.storage.friend_count_repo import FriendCountRepo
    from danggol_desktop.storage.shop_repo import ShopRepo
    from danggol_desktop.tasks import shop_tasks
    from danggol_desktop.tasks.workspace import open_workspace, try_routine_backup

    out = getattr(args, "out", None)
    if out:  # whatever --force says, never over the database, its backups or the log
        from danggol_desktop.storage.files import check_not_in

        if args.command == "export" and Path(out).suffix.lower() != ".danggol":
            out = out + ".danggol"  # the name the export will write, checked before it is written
        check_not_in(Path(out), data_dir)
    ws = open_workspace(data_dir, clock)
    try:
        shops = ShopRepo(ws.db)
        if args.command == "shops" and args.action == "add":
            categories = _categories()
            details = ShopDetails(args.name, args.market, _category_code(args.category, categories), args.phone,
                                  args.channel, args.optout)
            shop = shop_tasks.add_shop(ws, details)
            print(f"{shop.market}/{shop.name}")
        elif args.command == "shops" and args.action == "list":
            for shop in shops.list(market=args.market):
                print("\t".join([shop.market, shop.name, shop.category, shop.phone, shop.channel_url]))
        elif args.command == "shops" and args.action == "archive":
            shop = shop_tasks.archive_shop(ws, shops.find(args.name).id)
            print(f"{shop.market}/{shop.name}")
        elif args.command == "friends":
            _friends_command(args, shops.find(args.shop), ws, FriendCountRepo(ws.db))
        elif args.command == "report":
            from danggol_desktop.report_command import make_report

            print(make_report(args, ws))
        elif args.command == "messages":
            _messages_command(args, shops.find(args.shop), ws)
        elif args.command == "posts":
            _posts_command(args, shops.find(args.shop), ws)
        elif args.command == "export":
            _export_command(args, shops, ws)
        elif args.command == "import":
            _import_command(args, ws)
        elif args.command == "occasions":
            _occasions_command(args, ws.clock.today())
        elif args.command == "picture":
            from danggol_desktop.picture_command import make_picture_file

            print(make_picture_file(args, ws.db))
        elif args.command == "poster":
            from danggol_desktop.poster_command import make_posters

            print(make_posters(args, shops, ws.db))
        if (args.command, getattr(args, "action", None)) in _WRITES and not getattr(args, "dry_run", False):
            failed = try_routine_backup(ws)  # once a day, like the app; the write itself is already safe
            if failed is not None:
                from danggol_desktop.error_sentences import backup_failed_text

                print(backup_failed_text(failed), file=sys.stderr)
        return EXIT_OK
    finally:
        ws.close()


def _categories():
    from danggol_desktop import resources
    from danggol_desktop.domain.categories import load_categories

    return load_categories(resources.asset("data", "categories.json"))


def _friends_command(args: argparse.Namespace, shop, ws, counts) -> None:
    from danggol_desktop.domain.friend_counts import parse_day
    from danggol_desktop.tasks.friend_tasks import record_count

    if args.action == "record":
        today = ws.clock.today()
        day = parse_day(args.date, today) if args.date else today
        count, _replaced = record_count(ws, shop.id, args.count, day, today, args.note)
        print(f"{day.isoformat()}\t{count}")
    elif args.format == "csv":  # the same bytes as the screen's 엑셀용으로 저장하기 (BOM, CRLF, words as headers)
        from danggol_desktop.column_names import count_header
        from danggol_desktop.domain.csv_file import csv_bytes
        from danggol_desktop.domain.friend_counts import count_rows

        sys.stdout.flush()
        sys.stdout.buffer.write(csv_bytes(count_header(args.header == "codes"), count_rows(counts.series(shop.id))))
        sys.stdout.buffer.flush()
    else:
        for entry in counts.series(shop.id):
            print(f"{entry.day.isoformat()}\t{entry.count}\t{entry.note}".rstrip("\t"))


def _messages_command(args: argparse.Namespace, shop, ws) -> None:
    from danggol_desktop.domain.friend_counts import parse_day
    from danggol_desktop.storage.message_repo import MessageRepo
    from danggol_desktop.tasks.message_tasks import record_sent_outside

    if args.action == "record-sent":
        today = ws.clock.today()
        day = parse_day(args.date, today) if args.date else today
        record_sent_outside(ws, shop.id, day, today, args.text)
        print(day.isoformat())
    else:
        for message in MessageRepo(ws.db).sent(shop.id):
            first_line = message.body.splitlines()[0] if message.body else ""
            print(f"{(message.sent_at or '')[:10]}\t{message.kind}\t{first_line}".rstrip("\t"))


def _posts_command(args: argparse.Namespace, shop, ws) -> None:
    from PySide6.QtCore import QCoreApplication

    from danggol_desktop.domain.friend_counts import parse_day
    from danggol_desktop.storage.channel_kit_repo import PostRepo
    from danggol_desktop.tasks.channel_kit_tasks import record_post

    if args.action == "record":
        today = ws.clock.today()
        day = parse_day(args.date, today) if args.date else today
        title = args.title if args.title is not None else QCoreApplication.translate("Cli", "Channel news")
        post = record_post(ws, shop.id, day, title, args.text, today)
        print(f"{post.day.isoformat()}\t{post.title}")
    else:
        for post in PostRepo(ws.db).list(shop.id):
            print(f"{post.day.isoformat()}\t{post.title}")


def _export_command(args: argparse.Namespace, shops, ws) -> None:
    from danggol_desktop.tasks.transfer_tasks import export_bundle

    out = Path(args.out)
    if out.suffix.lower() != ".danggol":
        out = out.with_name(out.name + ".danggol")
    shop_id = shops.find(args.shop).id if args.shop else None
    counts = export_bundle(ws, out, shop_id=shop_id, market=args.market.strip() if args.market else None,
                           overwrite=args.force)
    print(f"{out}\t" + " ".join(f"{table}={n}" for table, n in counts.items()))


def _import_command(args: argparse.Namespace, ws) -> None:
    from danggol_desktop.tasks.transfer_tasks import import_bundle, preview_import

    preview = preview_import(ws, Path(args.file))
    plan = preview.plan if args.dry_run else import_bundle(ws, preview)
    for table in sorted(set(plan.added) | set(plan.updated)):
        print(f"{table}\tadded={plan.added.get(table, 0)}\tupdated={plan.updated.get(table, 0)}")
    print(f"total\tadded={sum(plan.added.values())}\tupdated={sum(plan.updated.values())}")


def _occasions_command(args: argparse.Namespace, today: date) -> None:
    from datetime import date

    from danggol_desktop import resources
    from danggol_desktop.domain.errors import InvalidInput
    from danggol_desktop.domain.occasions import load_seasons, upcoming

    try:
        start = date.fromisoformat(args.start.strip()) if args.start else today
    except ValueError:
        raise InvalidInput("date_invalid", "date") from None
    if not 1 <= args.days <= 366:
        raise InvalidInput("days_invalid", "days")
    seasons = load_seasons(resources.asset("data", "seasons.json"))
    for occasion in upcoming(start, seasons, within_days=args.days):
        print(f"{occasion.day.isoformat()}\t{occasion.code}\t{occasion.names.get('ko', '')}")


def _category_code(text: str, categories) -> str:
    """Accept a category by code or by its name in any language; unknown text is passed on to be refused."""
    wanted = text.strip()
    for category in categories:
        if wanted == category.code or wanted in category.names.values():
            return category.code
    return wanted
