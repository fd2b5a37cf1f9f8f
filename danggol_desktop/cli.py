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

    from danggol_desktop.commands import Command
    from danggol_desktop.domain.clock import Clock

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _speak_utf8() -> None:
    """Print UTF-8 whatever the system's code page: a Windows pipe or file otherwise takes the ANSI code page (cp1252
    on an English Windows), which cannot write a shop's Korean name and would fail the command after its work."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8", errors="replace")


# Options whose value is free text: a value that starts with '-' ('-2+3', '-할인 행사') is still their value. argparse
# took it for an option and refused the command; '--name=-2+3' worked. A value starting with '--' is left alone: it is
# more likely the next option after a forgotten value.
TEXT_OPTIONS = frozenset({"--name", "--market", "--shop", "--note", "--text", "--title", "--headline", "--offer",
                          "--to"})


def attach_text_values(argv: list[str] | None) -> list[str] | None:
    if argv is None:
        return None
    out: list[str] = []
    index = 0
    while index < len(argv):
        word = argv[index]
        following = argv[index + 1] if index + 1 < len(argv) else None
        if word in TEXT_OPTIONS and following is not None and following.startswith("-") \
                and not following.startswith("--"):
            out.append(f"{word}={following}")
            index += 2
            continue
        out.append(word)
        index += 1
    return out


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
        import danggol_desktop.tasks.settings_tasks
        import danggol_desktop.tasks.shop_tasks  # noqa: F401
        from danggol_desktop import paths
        from danggol_desktop.app import run_gui

        data_dir_arg, smoke_test = plain_start
        return run_gui(paths.data_dir(data_dir_arg), clock, smoke_test=smoke_test, started=started)
    from danggol_desktop import paths
    from danggol_desktop.cli_parser import build_parser, named_command

    args = build_parser(lambda: _refusal_lead(_data_dir_arg(argv)), only=named_command(argv)).parse_args(
        attach_text_values(argv))
    data_dir = paths.data_dir(args.data_dir)
    if args.command is None:
        from danggol_desktop.app import run_gui

        return run_gui(data_dir, clock, smoke_test=args.smoke_test, started=started)
    from danggol_desktop.commands import command_named

    command = command_named(args.command)
    assert command is not None  # the parser knows no other names
    # Painting text needs a GUI application; a command that draws nothing starts without Qt (words.py)
    app = _core_app(str(data_dir), gui=command.paints) if command.paints or _qt_running() else None
    if app is None:
        _qt_free(str(data_dir))
    try:
        try:
            return _run_command(command, args, data_dir, clock)
        except Exception as exc:  # noqa: BLE001 - a merchant never sees a traceback
            from danggol_desktop.app_log import log_exception
            from danggol_desktop.domain.errors import DanggolError, StorageError
            from danggol_desktop.error_sentences import describe_error
            from danggol_desktop.tasks.workspace import sort_failure

            failure = sort_failure(exc, data_dir)
            # by the command's name only: its arguments can hold customers' phone numbers and message texts
            name = " ".join(["danggol", args.command, getattr(args, "action", None) or ""]).strip()
            log_exception(data_dir, failure, name)
            print(describe_error(failure), file=sys.stderr)
            if isinstance(failure, StorageError):
                return EXIT_ERROR
            return EXIT_USAGE if isinstance(failure, DanggolError) else EXIT_ERROR
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
    from danggol_desktop.words import translate

    app = _core_app(data_dir) if _qt_running() else None
    if app is None:
        _qt_free(data_dir)
    lead = translate("Cli", "The command was not understood. See 'danggol --help'.")
    _release_app(app)
    return lead


def _qt_running() -> bool:
    """A Qt application is already there (the test suite runs commands in its own process)."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None


def _qt_free(data_dir: str | None) -> None:
    """The sentences of the language chosen in the app, read without Qt (words.py): ~85 ms less for every command
    that draws nothing."""
    from danggol_desktop import paths, resources, words

    language = _stored_language(paths.database_path(paths.data_dir(data_dir)))
    words.install(resources.translations_dir() / f"danggol_{language}.qm")


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
    if app is None:  # the command ran without Qt
        from danggol_desktop import words

        words.install(None)
        return
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


def _run_command(command: Command, args: argparse.Namespace, data_dir: Path, clock: Clock) -> int:
    """Open the data folder, run the command's handler; after a command that writes, the day's backup copy (once a
    day, like the app; the write itself is already safe)."""
    from danggol_desktop.tasks.workspace import open_workspace, try_routine_backup

    ws = open_workspace(data_dir, clock)
    try:
        command.run(args, ws)
        if command.writes(args):
            failed = try_routine_backup(ws)
            if failed is not None:
                from danggol_desktop.error_sentences import backup_failed_text

                print(backup_failed_text(failed), file=sys.stderr)
        return EXIT_OK
    finally:
        ws.close()
