"""The one place that wires things: fonts, translators, theme, database, services, windows."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from danggol_desktop import APP_NAME, ORG_NAME, paths, resources
from danggol_desktop.app_log import log_event, log_exception
from danggol_desktop.crash_hook import CrashHook
from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.error_sentences import backup_failed_text, error_text
from danggol_desktop.single_instance import SingleInstance
from danggol_desktop.storage.database import SchemaTooNew, open_database
from danggol_desktop.storage.errors import DatabaseCorrupt, StorageError, classify
from danggol_desktop.tasks import settings_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace, open_or_read_only
from danggol_desktop.ui.appearance import Appearance
from danggol_desktop.ui.main_window import MainWindow
from danggol_desktop.ui.read_aloud import ReadAloud
from danggol_desktop.ui.services import Services

if TYPE_CHECKING:
    from danggol_desktop.domain.clock import Clock
    from danggol_desktop.storage.connection import Database

EXIT_DATA_REFUSED = 2
EXIT_NO_GLYPHS = 3  # --smoke-test: the first screen has characters its fonts cannot draw
SMOKE_SHOT_ENV = "DANGGOL_SMOKE_SHOT"  # --smoke-test: save the first screen to this PNG file
BACKUP_DELAY_MS = 1500
GUARD_DELAY_MS = 250


def build_services(
    workspace: Workspace,
    appearance: Appearance,
    *,
    read_aloud: ReadAloud | None = None,
) -> Services:
    """Every repository and service the windows use, built once here and passed down through constructors."""
    return Services(workspace=workspace, appearance=appearance, read_aloud=read_aloud)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName("단골")
    resources.load_fonts()
    # Every event passes through the guard, so it is installed once the first screen is up (a quarter of a second:
    # nobody types or scrolls before that), not during start-up's thousands of events. The taskbar icon (2 ms to
    # load) comes with it: the first screen does not need it.
    QTimer.singleShot(GUARD_DELAY_MS, lambda: _after_first_screen(app))
    return app


def _after_first_screen(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from danggol_desktop.ui import input_guard  # imported when installed, not during start-up

    input_guard.install(app)
    app.setWindowIcon(QIcon(str(resources.asset("icons", "danggol.png"))))


def missing_glyphs(window: QWidget) -> set[str]:
    """Characters of the window's visible texts that the fonts they are drawn in cannot draw (shown as boxes)."""
    from PySide6.QtGui import QFontMetrics

    missing: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        text = getattr(widget, "text", None)
        if not widget.isVisible() or not callable(text):
            continue
        value = text()
        if isinstance(value, str):
            metrics = QFontMetrics(widget.font())
            missing |= {ch for ch in value if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}
    return missing


class _FirstPaint(QObject):
    """Reports once the watched window has painted, for `--smoke-test`."""

    def __init__(self, started: float, done) -> None:
        super().__init__()
        self._started = started
        self._done = done
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            elapsed_ms = (time.perf_counter() - self._started) * 1000
            QTimer.singleShot(0, lambda: self._done(elapsed_ms))
        return False


def ask_restore(moved: Path, has_backup: bool, reason: str = "database_corrupt") -> bool:
    """Tell the merchant the data file was damaged (or empty: `reason` database_empty) and kept aside; True when they
    want the newest good backup back. The same sentence as the command line gives for the same file."""
    from PySide6.QtWidgets import QMessageBox  # message boxes load when one is shown, not at every start

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Danggol"), error_text(reason))
    details = QCoreApplication.translate("App", "The damaged file was kept as %1.").replace("%1", moved.name)
    if not has_backup:
        box.setInformativeText(
            details
            + "\n"
            + QCoreApplication.translate("App", "There is no backup copy yet, so we start with empty data.")
        )
        box.exec()
        return False
    box.setInformativeText(
        details + "\n" + QCoreApplication.translate("App", "Shall we bring back the most recent backup copy?")
    )
    restore = box.addButton(
        QCoreApplication.translate("App", "Bring back the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Start with empty data"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_retry_open(error: StorageError) -> bool:
    """The data file could not be opened for a reason that is not damage: say it plainly, offer 다시 해 보기."""
    from danggol_desktop.ui.widgets.save_guard import ask_retry

    return ask_retry(
        None, QCoreApplication.translate("App", "Your data could not be opened. Nothing was changed."), error
    )


def open_or_recover(
    data_dir: Path,
    clock: Clock,
    ask: Callable[[Path, bool, str], bool] = ask_restore,
    retry: Callable[[StorageError], bool] = ask_retry_open,
) -> Database | None:
    """Open the database. Only a truly damaged file is moved aside (never overwritten) and the newest backup that
    passes its check offered; a full disk, a read-only folder or a lock is said plainly with 다시 해 보기, and the
    file stays where it is. None when the person gives up."""
    db_path = paths.database_path(data_dir)
    backups = paths.backup_dir(data_dir)
    while True:
        try:
            try:
                return open_or_read_only(db_path, backups, clock)
            except DatabaseCorrupt as damaged:
                from danggol_desktop.storage import backup

                moved = backup.move_aside(db_path, clock.local_now())
                good = backup.newest_good(backups)
                if ask(moved, good is not None, damaged.code) and good is not None:
                    backup.restore_backup(good, db_path)
                elif good is not None:  # starting empty: the copy holding the old records is kept, never rotated
                    backup.pin(good)
                return open_database(db_path, backups, clock=clock)
        except SchemaTooNew:
            raise
        except StorageError as exc:
            log_exception(data_dir, exc, "opening the data file")
            if not retry(exc):
                return None


class _BackupRunner(QObject):
    """The day's and the week's copy on a worker thread (0.3 s on a 180 MB tutor's file): the screen never waits."""

    failed = Signal(object)

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._clock = clock
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        self.worker = threading.Thread(target=self._run, name="danggol-backup", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        from danggol_desktop.storage import backup  # after the first screen, on the worker thread

        try:
            made = backup.routine_backup_of_file(paths.database_path(self._data_dir),
                                                 paths.backup_dir(self._data_dir), self._clock.local_now())
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread, never lost
            log_exception(self._data_dir, exc, "routine backup")
            self.failed.emit(exc)
            return
        for copy in made:
            log_event(self._data_dir, f"backup: {copy.name}")


def _tell_backup_failed(exc: BaseException, owner: QWidget | None) -> None:
    """Said in a box over the app's window. The box needs a parent to stay up: with none (the merchant was in
    another program when the copy failed, so no window of ours was active) it was deleted as soon as it opened."""
    from PySide6.QtWidgets import QMessageBox

    error = classify(exc)  # a StorageError stays as it is
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Danggol"),
        backup_failed_text(error, after_write=False),  # the copy a moment after start: nothing was just saved
        parent=QApplication.activeWindow() or owner,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # not modal, so the merchant can go on working (open() would block the window it stands over)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def _tell_read_only(owner: QWidget) -> None:
    """Said once at start when the disk is too full to open the data normally: the screens show everything, and any
    save says the disk is full."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "App", "The computer's storage is full, so for now your records can only be looked at. Please delete files "
        "you do not need, then open Danggol again.")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Danggol"), text, parent=owner)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()


def run_gui(data_dir: Path, clock: Clock, smoke_test: bool = False, started: float | None = None) -> int:
    """Start the GUI: setup wizard on a fresh data dir, otherwise the home screen."""
    started = started if started is not None else time.perf_counter()
    app = make_application()
    appearance = Appearance(app, resources.translations_dir())
    appearance.apply(Preferences())  # Korean first, whatever the system locale
    hook = CrashHook(data_dir)
    hook.install()
    with contextlib.suppress(OSError):  # said plainly when the database is opened
        paths.make_private_dir(data_dir)
    guard = SingleInstance(data_dir)
    if not guard.acquire():
        if guard.unanswered and not smoke_test:  # it is running but did not come forward: say where it is
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, QCoreApplication.translate("App", "Danggol"), QCoreApplication.translate(
                "App", "Danggol is already open. Please click Danggol on the taskbar at the bottom of the screen."))
        return 0  # the running app was brought to the front
    try:
        db = open_or_recover(data_dir, clock)
    except SchemaTooNew as exc:
        if smoke_test:
            print(error_text(exc.code), file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, QCoreApplication.translate("App", "Danggol"), error_text(exc.code))
        return EXIT_DATA_REFUSED
    if db is None:
        return EXIT_DATA_REFUSED
    services = build_services(Workspace(db, data_dir), appearance)
    ws = services.workspace
    prefs = settings_tasks.load_preferences(ws)
    appearance.apply(prefs)
    services.read_aloud = ReadAloud(prefs.language, app)
    windows: dict[str, QWidget] = {}

    def show_main() -> QWidget:
        window = MainWindow(services)
        windows["main"] = window
        window.show_as_chosen()
        return window

    def bring_to_front() -> None:
        window = windows.get("main") or windows.get("wizard")
        if window is not None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()

    guard.activate_requested.connect(bring_to_front)
    if shop_tasks.count_shops(ws) == 0:
        from danggol_desktop.ui.setup.setup_wizard import SetupWizard

        wizard = SetupWizard(
            services.workspace,
            services.categories,
            prefs.language,
            scale=prefs.text_scale,
            high_contrast=prefs.high_contrast,
        )

        def change_look(scale: int, high_contrast: bool) -> None:
            try:
                chosen = settings_tasks.load_preferences(ws)._replace(text_scale=scale, high_contrast=high_contrast)
                appearance.apply(chosen)
                settings_tasks.save_preferences(ws, chosen)
            except StorageError as exc:  # the size is on screen now; it is asked again at the next start
                log_exception(data_dir, exc, "saving the text size")

        def remember_shop(shop_id: int) -> None:
            try:
                settings_tasks.save_preferences(ws, _with_active(settings_tasks.load_preferences(ws), shop_id))
            except StorageError as exc:  # the only shop is the one worked on anyway
                log_exception(data_dir, exc, "saving the chosen shop")

        wizard.look_changed.connect(change_look)
        wizard.enable_read_aloud(services.read_aloud)
        wizard.shop_created.connect(lambda shop: remember_shop(shop.id))
        wizard.accepted.connect(show_main)
        wizard.showMaximized()
        windows["wizard"] = wizard
        first: QWidget = wizard
    else:
        first = show_main()
    if ws.db.read_only_because is not None and not smoke_test:  # a full disk: what is there can still be seen
        QTimer.singleShot(0, lambda: _tell_read_only(first))

    QTimer.singleShot(BACKUP_DELAY_MS, services.read_aloud.start)  # a voice is looked for after the first screen
    # The day's backup copies the whole file: done once the first screen is up, on a worker thread.
    runner = _BackupRunner(data_dir, clock)
    runner.failed.connect(lambda exc: _tell_backup_failed(exc, windows.get("main") or windows.get("wizard")))
    QTimer.singleShot(BACKUP_DELAY_MS, runner.start)
    if smoke_test:

        def finish(ms: float) -> None:
            print(f"{ms:.0f}")
            shot = os.environ.get(SMOKE_SHOT_ENV)
            if shot:  # the build's smoke tests keep a picture of the first screen as this platform drew it
                first.grab().save(shot, "PNG")
            missing = missing_glyphs(first)
            if missing:  # the bundled fonts did not load: the merchant would see empty boxes
                print("no glyph for: " + " ".join(sorted(missing)), file=sys.stderr)
            app.exit(EXIT_NO_GLYPHS if missing else 0)

        watcher = _FirstPaint(started, finish)
        first.installEventFilter(watcher)
        watcher.setParent(first)  # kept alive by the window it watches
        QTimer.singleShot(30000, lambda: app.exit(1))
    code = app.exec()
    if runner.worker is not None:
        runner.worker.join(timeout=30)
    db.conn.close()
    guard.release()
    return code


def _with_active(prefs: Preferences, shop_id: int) -> Preferences:
    return prefs._replace(active_shop_id=shop_id)
