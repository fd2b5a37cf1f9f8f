"""The picture maker's steps: what kind of picture, which photo, the crop, the words, and 저장·복사."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from danggol_desktop.domain.errors import DanggolError, InvalidInput
from danggol_desktop.domain.picture import MAX_ZOOM, PictureCatalog, PictureDraft, Product
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.pictures.photo import auto_fix
from danggol_desktop.pictures.picture_output import PhotoCache, qimage_from_pil
from danggol_desktop.tasks import settings_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.pictures.crop_view import CropView
from danggol_desktop.ui.theme import gap
from danggol_desktop.ui.widgets.choice_grid import ChoiceGrid
from danggol_desktop.ui.widgets.field import TextField
from danggol_desktop.ui.widgets.file_dialogs import ask_open_path, start_folder
from danggol_desktop.ui.widgets.guided_page import Step
from danggol_desktop.ui.widgets.limited_edit import LimitedEdit
from danggol_desktop.ui.widgets.page import bring_into_view, reserved_notice, set_role, styled_button, styled_label

LAST_FOLDER_KEY = "picture_photo_folder"


@dataclass
class PictureContext:
    shop: Shop
    workspace: Workspace
    catalog: PictureCatalog
    colour: str
    hours: str
    language: str
    today: Callable[[], date]
    px: Callable[[float], int]
    photos: PhotoCache

    def last_folder(self) -> Path:
        try:
            remembered = settings_tasks.remembered(self.workspace, LAST_FOLDER_KEY)
        except DanggolError:  # not remembered: the usual start folder
            remembered = ""
        return Path(remembered) if remembered and Path(remembered).is_dir() else start_folder()

    def remember_folder(self, folder: Path) -> None:
        with contextlib.suppress(DanggolError):  # a folder not remembered is not worth a message
            settings_tasks.remember(self.workspace, LAST_FOLDER_KEY, str(folder))


def ask_photo(parent: QWidget, context: PictureContext, title: str) -> Path | None:
    """The photo to use; the dialog starts where the last photo came from (a phone's folder, often)."""
    chosen = ask_open_path(parent, title, "photo", context.last_folder())
    if chosen is not None:
        context.remember_folder(chosen.parent)
    return chosen


class PictureStep(Step):
    def __init__(self, draft: PictureDraft, context: PictureContext, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(draft, parent)
        self.draft: PictureDraft = draft
        self.context = context
        self.column.addWidget(styled_label(heading, "heading"))


class KindStep(PictureStep):
    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("What is the picture for?"), parent)
        options = [(kind.code, f"{kind.name(context.language)}  ({kind.size[0]}×{kind.size[1]})")
                   for kind in context.catalog.kinds]
        self.choice = ChoiceGrid(options, columns=1 if context.px(100) > 125 else 2)
        self.choice.chosen.connect(lambda code: setattr(self.draft, "kind", str(code)))
        self.column.addWidget(self.choice)
        self.column.addStretch(1)
        self.first_focus = self.choice.buttons[0]

    def initialize(self) -> None:
        self.choice.set_value(self.draft.kind)


class PhotoStep(PictureStep):
    """Choose a photo, or go on without one (the shop kind's colour)."""

    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("Which photo?"), parent)
        row = QHBoxLayout()
        row.setSpacing(gap(16))
        self.choose_button = styled_button(self.tr("Choose a photo…"), "primary")
        self.choose_button.clicked.connect(self.choose)
        self.none_button = styled_button(self.tr("Without a photo"))
        self.none_button.clicked.connect(self.without)
        row.addWidget(self.choose_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.thumb = QLabel()
        self.thumb.setAccessibleName(self.tr("The photo chosen"))
        self.column.addWidget(self.thumb)
        self.notice = reserved_notice(3)
        self.column.addWidget(self.notice)
        self.column.addStretch(1)
        self.first_focus = self.choose_button

    def initialize(self) -> None:
        self.show_photo()

    def choose(self) -> None:
        path = ask_photo(self, self.context, self.tr("Choose a photo"))
        if path is not None:
            self.use(path)

    def use(self, path: Path) -> None:
        try:
            photo = self.context.photos.get(str(path))
        except InvalidInput as exc:
            self.say(describe_error(exc), "error")
            return
        self.draft.photo = str(path)
        self.draft.zoom, self.draft.center_x, self.draft.center_y = 1.0, 0.5, 0.5
        self.show_photo()
        notes = []
        kind = self.context.catalog.kind(self.draft.kind)
        if photo.is_small_for(kind.min_photo_width):
            notes.append(self.tr("This photo is small (%1 pixels wide): the picture may look blurry. You can still "
                                 "use it.").replace("%1", str(photo.original_size[0])))
        if photo.animated:
            notes.append(self.tr("This is a moving picture: its first frame is used."))
        self.say(" ".join(notes), "banner" if notes else "muted")

    def without(self) -> None:
        self.draft.photo = ""
        self.show_photo()
        self.say(self.tr("No photo: the picture uses your shop's colour."), "muted")

    def show_photo(self) -> None:
        if not self.draft.photo:
            self.thumb.clear()
            self.thumb.hide()
            return
        photo = self.context.photos.get(self.draft.photo)
        side = min(self.context.px(160), 260)
        self.thumb.setPixmap(QPixmap.fromImage(qimage_from_pil(photo.image)).scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.thumb.show()

    def say(self, text: str, role: str) -> None:
        self.notice.setText(text)
        set_role(self.notice, role)
        if text:
            bring_into_view(self.notice)


class CropStep(PictureStep):
    """Move the photo under the fixed frame; zoom; 가운데로, 다시; brightness fix with before and after."""

    changed = Signal()

    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("Move the photo into the frame"), parent)
        hint = styled_label(self.tr("Drag the photo, or use the arrow keys. Make it bigger or smaller with + and −."),
                            "muted")
        self.column.addWidget(hint)
        self.optional_widgets.append(hint)
        row = QHBoxLayout()
        row.setSpacing(gap(20))
        large = context.px(100) > 125  # at 150% and 200% on a laptop the frame must leave room for the buttons
        self.view = CropView(min(context.px(300), 560), 1.0, max_height=260 if large else 400)
        self.view.setAccessibleName(self.tr("The photo in the frame"))
        self.view.moved.connect(self._moved)
        row.addWidget(self.view, 0, Qt.AlignmentFlag.AlignTop)
        controls = QVBoxLayout()
        controls.setSpacing(gap(10))
        zoom_row = QHBoxLayout()
        self.smaller = styled_button("−", accessible_name=self.tr("Smaller"))
        self.bigger = styled_button("+", accessible_name=self.tr("Bigger"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(100, int(MAX_ZOOM * 100))
        self.slider.setAccessibleName(self.tr("How big"))
        self.slider.valueChanged.connect(lambda v: self.view.set_crop(v / 100, self.view.center))
        self.smaller.clicked.connect(lambda: self.view.set_crop(self.view.zoom - 0.25, self.view.center))
        self.bigger.clicked.connect(lambda: self.view.set_crop(self.view.zoom + 0.25, self.view.center))
        zoom_row.addWidget(self.smaller)
        zoom_row.addWidget(self.slider, 1)
        zoom_row.addWidget(self.bigger)
        controls.addLayout(zoom_row)
        buttons = QHBoxLayout()
        self.centre_button = styled_button(self.tr("To the middle"))
        self.centre_button.clicked.connect(lambda: self.view.set_crop(self.view.zoom, (0.5, 0.5)))
        self.reset_button = styled_button(self.tr("Start again"))
        self.reset_button.clicked.connect(lambda: self.view.set_crop(1.0, (0.5, 0.5)))
        buttons.addWidget(self.centre_button)
        buttons.addWidget(self.reset_button)
        controls.addLayout(buttons)
        self.fix_choice = ChoiceGrid([(False, self.tr("As taken")), (True, self.tr("Brighter and clearer"))],
                                     columns=1)
        self.fix_choice.chosen.connect(self._fix_chosen)
        controls.addWidget(styled_label(self.tr("Brightness"), "heading"))
        controls.addWidget(self.fix_choice)
        controls.addStretch(1)
        row.addLayout(controls, 1)
        self.column.addLayout(row)
        self.column.addStretch(1)
        self.first_focus = self.view
        self._plain: QImage | None = None
        self._fixed: QImage | None = None
        # before and after, side by side on the two choices: the frame as taken and brightened
        self._thumbs = QTimer(self)
        self._thumbs.setSingleShot(True)
        self._thumbs.setInterval(150)
        self._thumbs.timeout.connect(self._show_before_after)

    def initialize(self) -> None:
        kind = self.context.catalog.kind(self.draft.kind)
        self.view.ratio = kind.ratio
        self.view.setFixedSize(self.view.sizeHint())
        photo = self.context.photos.get(self.draft.photo)
        self._plain = qimage_from_pil(photo.image)
        self._fixed = qimage_from_pil(auto_fix(photo.image))
        self.fix_choice.set_value(self.draft.auto_fix)
        self._show()
        self._show_before_after()

    def _show_before_after(self) -> None:
        if self._plain is None or self._fixed is None or self.view.photo is None:
            return
        source = self.view.source_rect().toRect()
        side = min(self.context.px(64), 110)
        for button, image in zip(self.fix_choice.buttons, (self._plain, self._fixed), strict=True):
            thumb = image.copy(source).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
            button.setIcon(QIcon(QPixmap.fromImage(thumb)))
            button.setIconSize(thumb.size())

    def _show(self) -> None:
        image = self._fixed if self.draft.auto_fix else self._plain
        self.view.set_photo(image, self.draft.zoom, (self.draft.center_x, self.draft.center_y))
        self.slider.blockSignals(True)
        self.slider.setValue(round(self.view.zoom * 100))
        self.slider.blockSignals(False)

    def _fix_chosen(self, value: object) -> None:
        self.draft.auto_fix = bool(value)
        self._show()
        self.changed.emit()

    def _moved(self, zoom: float, cx: float, cy: float) -> None:
        self.draft.zoom, self.draft.center_x, self.draft.center_y = zoom, cx, cy
        self._thumbs.start()
        self.slider.blockSignals(True)
        self.slider.setValue(round(zoom * 100))
        self.slider.blockSignals(False)
        self.changed.emit()


class WordsStep(PictureStep):
    """The template, the big words and, for the price templates, the price and the usual price."""

    changed = Signal()

    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("The words on the picture"), parent)
        # what to type first, so it is in view at 200%; the ready kinds of words to press follow
        self.headline = LimitedEdit(self.tr("Big words"), 30)
        self.headline.changed.connect(self._typed)
        self.column.addWidget(self.headline)
        prices = QHBoxLayout()
        prices.setSpacing(gap(16))
        # examples in words under the boxes, never as grey numbers inside them that look filled in
        self.price = TextField(self.tr("Price (won)"), hint=self.tr("For example 3000 (digits only)"))
        self.old_price = TextField(self.tr("Usual price, crossed out (may be empty)"),
                                   hint=self.tr("For example 5000"))
        for field in (self.price, self.old_price):
            field.edit.textChanged.connect(self._typed)
            prices.addWidget(field)
        self.column.addLayout(prices)
        self.error = styled_label("", "error")
        self.error.hide()
        self.column.addWidget(self.error)
        templates = [(t.code, t.name(context.language)) for t in context.catalog.templates]
        self.template_choice = ChoiceGrid(templates, columns=3 if context.px(100) <= 125 else 2)
        self.template_choice.chosen.connect(self._template_chosen)
        self.column.addWidget(self.template_choice)
        self.column.addStretch(1)
        self.first_focus = self.headline.edit

    def initialize(self) -> None:
        template = self.context.catalog.template(self.draft.template)
        self.template_choice.set_value(template.code)
        if not self.draft.headline:
            self.draft.headline = template.headline.get(self.context.language) or template.headline["ko"]
        self.headline.set_text(self.draft.headline)
        self.price.set_text(self.draft.price)
        self.old_price.set_text(self.draft.old_price)
        self._follow_template()

    def _template_chosen(self, code: object) -> None:
        old = self.context.catalog.template(self.draft.template)
        new = self.context.catalog.template(str(code))
        self.draft.template = new.code
        if self.headline.text() in ("", *old.headline.values()):  # untouched: follow the template
            self.headline.set_text(new.headline.get(self.context.language) or new.headline["ko"])
        self._follow_template()
        self.changed.emit()

    def _follow_template(self) -> None:
        shows_price = self.context.catalog.template(self.draft.template).price and self.draft.kind != "flyer"
        self.price.setVisible(shows_price)
        self.old_price.setVisible(shows_price)
        self._say_price()

    def _say_price(self) -> None:
        """A template made for a price, with none written, says so under the box (it was made without a word)."""
        if self.price.hint is None:
            return
        empty = not self.price.text().strip()
        self.price.hint.setText(self.tr("This design shows a price: write one, or the picture is made without it.")
                                if empty else self.tr("For example 3000 (digits only)"))
        set_role(self.price.hint, "error" if empty else "muted")

    def _typed(self) -> None:
        self.commit()
        self.error.hide()
        self._say_price()
        self.changed.emit()

    def commit(self) -> None:
        self.draft.headline = self.headline.text()
        self.draft.price = self.price.text()
        self.draft.old_price = self.old_price.text()

    def show_error(self, exc: DanggolError) -> None:
        target = {"price": self.price, "old_price": self.old_price}.get(getattr(exc, "field", ""))
        if target is not None:
            target.show_error(describe_error(exc))
        elif getattr(exc, "field", "") == "headline":
            self.headline.show_error(describe_error(exc))
        else:
            self.error.setText(describe_error(exc))
            self.error.show()


class ProductsStep(PictureStep):
    """A flyer's 2–6 products: name, price and a photo each."""

    ROWS = 6

    def __init__(self, draft: PictureDraft, context: PictureContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, self.tr("What is on the flyer (2 to 6)"), parent)
        self.rows: list[tuple[TextField, TextField, QPushButton]] = []
        for index in range(self.ROWS):
            row = QHBoxLayout()
            row.setSpacing(gap(12))
            name = TextField(self.tr("Product %1").replace("%1", str(index + 1)))
            price = TextField(self.tr("Price"), hint=self.tr("For example 3000"))
            photo = styled_button(self.tr("Photo…"))
            photo.setAccessibleName(self.tr("Photo of product %1").replace("%1", str(index + 1)))
            photo.clicked.connect(lambda _c=False, i=index: self.choose_photo(i))
            row.addWidget(name, 3)
            row.addWidget(price, 2)
            row.addWidget(photo, 0, Qt.AlignmentFlag.AlignBottom)
            self.column.addLayout(row)
            self.rows.append((name, price, photo))
        self.notice = reserved_notice(2)
        self.column.addWidget(self.notice)
        self.column.addStretch(1)
        self.first_focus = self.rows[0][0].edit
        self._photos = [""] * self.ROWS

    def initialize(self) -> None:
        products = list(self.draft.products) + [Product() for _ in range(self.ROWS)]
        for (name, price, photo), product, index in zip(self.rows, products, range(self.ROWS), strict=False):
            name.set_text(product.name)
            price.set_text(product.price)
            self._photos[index] = product.photo
            photo.setText(self.tr("Photo ✓") if product.photo else self.tr("Photo…"))

    def choose_photo(self, index: int) -> None:
        path = ask_photo(self, self.context, self.tr("Choose a photo"))
        if path is None:
            return
        try:
            self.context.photos.get(str(path))
        except InvalidInput as exc:
            self.notice.setText(describe_error(exc))
            set_role(self.notice, "error")
            return
        self._photos[index] = str(path)
        self.rows[index][2].setText(self.tr("Photo ✓"))
        self.notice.setText("")

    def commit(self) -> None:
        self.draft.products = [Product(name.text(), price.text(), self._photos[i])
                               for i, (name, price, _photo) in enumerate(self.rows)]
