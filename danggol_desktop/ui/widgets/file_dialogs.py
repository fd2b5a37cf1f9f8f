"""Saving and opening files in plain words: the dialog starts on the Desktop (or Documents), file kinds are named by
what they are for ("인쇄용 파일", "엑셀용 파일"), and afterwards the person is told where it went in words
("바탕화면에 '해남채소 포스터.pdf'로 저장했어요") with a 폴더 열기 button — never a raw path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

# Qt's own file dialog (Linux without a desktop theme) leaves these two of its labels untranslated in qtbase_ko;
# our translation file carries them in Qt's context so the whole dialog is Korean.
_QT_DIALOG_WORDS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

_KINDS = {
    "pdf": QT_TRANSLATE_NOOP("FileDialogs", "File for printing (*.pdf)"),
    "png": QT_TRANSLATE_NOOP("FileDialogs", "Picture file (*.png)"),
    "jpg": QT_TRANSLATE_NOOP("FileDialogs", "Picture file (*.jpg)"),
    "photo": QT_TRANSLATE_NOOP("FileDialogs", "Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.heif)"),
    "csv": QT_TRANSLATE_NOOP("FileDialogs", "File for Excel (*.csv)"),
    "danggol": QT_TRANSLATE_NOOP("FileDialogs", "Danggol data file (*.danggol)"),
}
_PLACES = (
    (QStandardPaths.StandardLocation.DesktopLocation, QT_TRANSLATE_NOOP("FileDialogs", "the Desktop")),
    (QStandardPaths.StandardLocation.DocumentsLocation, QT_TRANSLATE_NOOP("FileDialogs", "Documents")),
    (QStandardPaths.StandardLocation.DownloadLocation, QT_TRANSLATE_NOOP("FileDialogs", "Downloads")),
)


def start_folder() -> Path:
    """The Desktop when there is one, else Documents, else the home folder — never the program's own folder."""
    for location in (QStandardPaths.StandardLocation.DesktopLocation,
                     QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def ask_save_path(parent: QWidget | None, title: str, name: str, kind: str) -> Path | None:
    """Ask where to save `name`.`kind`: first the app's own step (save_place: the Desktop, Documents, a USB stick as
    big buttons, a name never already taken); '다른 곳에 저장…' opens Qt's dialog, which asks before replacing a
    file. None when cancelled."""
    from danggol_desktop.ui.widgets import save_place

    choice = save_place.choose_place(parent, title)
    if choice is None:
        return None
    if isinstance(choice, Path):
        return save_place.free_name(choice, _file_name(name), kind)
    pattern = QCoreApplication.translate("FileDialogs", str(_KINDS[kind]))
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start_folder() / f"{name}.{kind}"), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


def _file_name(name: str) -> str:
    """A name every file system takes: no path separators or characters Windows refuses, not empty."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:80] or "danggol"


def ask_open_path(parent: QWidget | None, title: str, kind: str, folder: Path | None = None) -> Path | None:
    """Ask for a file to open, starting in `folder` (the Desktop or Documents when none is given)."""
    pattern = QCoreApplication.translate("FileDialogs", str(_KINDS[kind]))
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder or start_folder()), pattern)
    return Path(chosen) if chosen else None


def place_name(folder: Path) -> str:
    """'바탕화면', '문서', '다운로드', or the folder's own name in quotes."""
    for location, words in _PLACES:
        known = QStandardPaths.writableLocation(location)
        if known and Path(known).resolve() == Path(folder).resolve():
            return QCoreApplication.translate("FileDialogs", str(words))
    return QCoreApplication.translate("FileDialogs", "the folder '%1'").replace("%1", Path(folder).name or str(folder))


def saved_sentence(path: Path) -> str:
    return QCoreApplication.translate("FileDialogs", "Saved in %1 as '%2'.").replace(
        "%1", place_name(Path(path).parent)).replace("%2", Path(path).name)


def open_folder(path: Path) -> bool:
    """Show the folder the file was saved in (the file manager, Explorer …)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def breakable(text: str, run: int = 10) -> str:
    """`text` with a line-break chance (a zero-width space) inside every run of more than `run` characters without
    a space — a USB stick's or a file's long name wraps instead of widening the screen."""
    out, count = [], 0
    for ch in text:
        count = 0 if ch.isspace() else count + 1
        out.append(ch)
        if count >= run:
            out.append("\u200b")
            count = 0
    return "".join(out)


class SavedNotice(QWidget):
    """Where a screen says what happened to a file: the sentence, and 폴더 열기 once something was saved. Its room
    is kept while it is empty, so nothing below it moves."""

    def __init__(self, parent: QWidget | None = None, follow: bool = True, stacked: bool = False) -> None:
        """`follow`: bring the sentence into view when it is said. Off where the control pressed answers in place
        (a history row turning into '(deleted) · 되돌리기'), so that the page never moves under the finger.
        `stacked`: 폴더 열기 under the sentence, for a narrow column beside a screen's buttons (side by side the
        sentence got a quarter of the room and ran to eight lines at 200%)."""
        from PySide6.QtWidgets import QBoxLayout, QSizePolicy

        from danggol_desktop.ui.widgets.page import reserved_notice, styled_button

        super().__init__(parent)
        row = QBoxLayout(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = reserved_notice()
        self.open_button = styled_button(QCoreApplication.translate("FileDialogs", "Open the folder"))
        policy = self.open_button.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # its room is kept: saying 'saved' moves nothing beside or below it
        self.open_button.setSizePolicy(policy)
        self.open_button.hide()
        self.open_button.clicked.connect(lambda: self.path is not None and open_folder(self.path))
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag.AlignTop)
        self.path: Path | None = None
        self._follow = follow

    def align_with(self, control: QWidget) -> None:
        """Say the next answer level with `control` (a button beside this notice's column): the room above it
        grows or shrinks so the sentence starts where the pressed button does — next to it whichever of a column
        of buttons it was, so it is in view whenever that button is."""
        layout = self.layout()
        parent = self.parentWidget()
        if layout is None or parent is None or not parent.isAncestorOf(control):
            return
        margins = layout.contentsMargins()
        top = self.mapTo(parent, QPoint(0, 0)).y()  # the notice's own top: the room above the words is inside it
        wanted = max(0, control.mapTo(parent, QPoint(0, 0)).y() - top)
        if wanted != margins.top():
            layout.setContentsMargins(margins.left(), wanted, margins.right(), margins.bottom())
            layout.activate()

    def text(self) -> str:
        """The sentence as said (without the line-break chances added for wrapping)."""
        return self.label.text().replace("\u200b", "")

    def show_saved(self, path: Path, before: str = "") -> None:
        self.path = Path(path)
        self._say(f"{before} {saved_sentence(path)}".strip(), can_open=True)

    def show_text(self, text: str, role: str = "banner") -> None:
        """Say `text` ("banner"; "error" for a refusal, "muted" for a quiet line); "" clears the place."""
        self.path = None
        self._say(text, can_open=False, role=role)

    def _say(self, text: str, can_open: bool, role: str = "banner") -> None:
        from danggol_desktop.ui.widgets.page import bring_into_view, set_role

        self.label.setText(breakable(text))
        set_role(self.label, role if text else "muted")
        self.open_button.setVisible(can_open)
        if text and self._follow:  # the answer where the eyes can find it: one under a 70-row table was not
            bring_into_view(self.label)  # the words: the whole notice (with 폴더 열기 under it) may not fit
