"""The tutor's shop list: add, change, switch to, or archive a shop (archived shops keep their data), and below it the
put-away shops, each of which can be brought back (되살리기) with all its records. Two shops of one name (as an import
from another laptop can leave them) are pointed out, with what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidget, QWidget

from danggol_desktop.domain.dates import format_count
from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.error_sentences import describe_error
from danggol_desktop.tasks import friend_tasks, shop_tasks
from danggol_desktop.tasks.workspace import Workspace
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.file_dialogs import SavedNotice, ask_save_path
from danggol_desktop.ui.widgets.page import Page, bring_into_view, styled_button, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell
from danggol_desktop.ui.widgets.table import fit_height, make_table


class ShopsPage(Page):
    add_requested = Signal()
    edit_requested = Signal(object)  # Shop
    switch_requested = Signal(object)  # Shop

    def __init__(self, workspace: Workspace, language: str, active_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shops"), parent=parent)
        self._ws = workspace
        self._language = language
        self._active_id = active_id
        active = next((s for s in shop_tasks.list_shops(workspace) if s.id == active_id), None)
        self._market = active.market if active is not None else ""
        # every channel shop of the market a QR poster in one PDF, each with its own kind's line (never one gift
        # line for all, that no merchant chose)
        self.posters_button = styled_button(self.tr("QR posters for every shop of %1 (one PDF)").replace(
            "%1", self._market))
        self.posters_button.clicked.connect(lambda: self.make_market_posters())
        self.posters_button.setVisible(bool(self._market))
        self.all_posters_button = styled_button(self.tr("QR posters for every shop of every market (one PDF)"))
        self.all_posters_button.clicked.connect(lambda: self.make_market_posters(every_market=True))
        self.all_posters_button.setVisible(len({s.market for s in shop_tasks.list_shops(workspace)}) > 1)
        # the market's directory board (시장 안내판): every channel shop's card, by lane when places are written
        self.directory_button = styled_button(self.tr("Directory board of %1 (A4 PDF)").replace("%1", self._market))
        self.directory_button.clicked.connect(lambda: self.make_directory())
        self.directory_button.setVisible(bool(self._market))
        self.posters_notice = SavedNotice()  # under its button, after the list (the list comes first)
        self.notice = styled_label("", "banner")
        self.notice.hide()
        self.content.addWidget(self.notice)
        self.content.addWidget(self.posters_button)
        self.content.addWidget(self.all_posters_button)
        self.content.addWidget(self.directory_button)
        self.content.addWidget(self.posters_notice)
        self.table: QTableWidget | None = None
        self.rows: list[Shop] = []
        self.switch_button = styled_button(self.tr("Work on this shop"))
        self.edit_button = styled_button(self.tr("Change"))
        self.archive_button = styled_button(self.tr("Archive"))
        self.switch_button.clicked.connect(lambda: self._with_selected(self.switch_requested.emit))
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_requested.emit))
        self.archive_button.clicked.connect(lambda: self._with_selected(self.archive))
        # in the footer, which never scrolls: with 70 shops the list is long, and the buttons for the chosen row
        # stay in view wherever she has scrolled to (below the table they fell out of view at 200%)
        for button in (self.switch_button, self.edit_button, self.archive_button):
            self.footer.addWidget(button)
        # the put-away shops: shown only when there are any
        self.archived_heading = styled_label(self.tr("Put-away shops"), "heading")
        self.archived_hint = styled_label(self.tr("Their records are kept. Bring one back to work on it again."),
                                          "muted")
        self.content.addWidget(self.archived_heading)
        self.content.addWidget(self.archived_hint)
        self.archived_table: QTableWidget | None = None
        self.archived_rows: list[Shop] = []
        self.unarchive_button = styled_button(self.tr("Bring back"))
        self.unarchive_button.clicked.connect(self.unarchive_selected)
        self.content.addWidget(self.unarchive_button)
        self.content.addStretch(1)
        add = styled_button(self.tr("Add a shop"), "primary")
        add.clicked.connect(self.add_requested)
        self.footer.addStretch(1)
        self.footer.addWidget(add)
        self.add_button = add
        self.refresh()

    def make_market_posters(self, path: Path | None = None, every_market: bool = False) -> Path | None:
        """An A4 QR poster for every shop of the market (or of every market) that has a channel address, in one
        PDF, each recorded as that shop's poster. Returns the file, or None (nothing to make, cancelled, or refused
        and said)."""
        from danggol_desktop import resources
        from danggol_desktop.domain.categories import load_categories, poster_offer
        from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE, load_catalog
        from danggol_desktop.poster.output import export_pdf, shop_poster
        from danggol_desktop.tasks import poster_tasks

        market = None if every_market else self._market
        where = self.tr("every market") if every_market else self._market
        shops = [s for s in shop_tasks.list_shops(self._ws, market) if s.channel_url]
        if not shops:
            self.posters_notice.show_text(self.tr("No shop of %1 has a channel address yet.").replace(
                "%1", where), "error")
            return None
        path = path or ask_save_path(self, self.tr("Save the posters"), self.tr("%1 QR posters").replace(
            "%1", where), "pdf")
        if path is None:
            return None
        catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
        categories = load_categories(resources.asset("data", "categories.json"))
        # the plain invitation ('카카오톡 친구가 되어 주세요'), not the first headline's 'a little extra': a gift a
        # merchant did not choose would be printed on 62 posters
        headline = catalog.headlines[POSTER_LANGUAGE][1]
        offers = [poster_offer(categories, shop.category, POSTER_LANGUAGE) for shop in shops]
        posters = [shop_poster(catalog, "a4", shop.channel_url, shop.name, headline, offer, None, shop.search_id)
                   for shop, offer in zip(shops, offers, strict=True)]
        try:
            export_pdf(posters, path, f"QR — {where}")
        except DanggolError as exc:
            self.posters_notice.show_text(describe_error(exc), "error")
            return None
        def record() -> None:
            for shop, offer in zip(shops, offers, strict=True):
                poster_tasks.record_poster(self._ws, shop.id, "a4", headline, offer, shop.channel_url, "pdf",
                                           str(path))

        save_or_tell(self, record, self.tr("The posters are made, but not noted in the shops' records."),
                     self._ws.data_dir)
        self.posters_notice.show_saved(path, before=self.tr("%1 posters.").replace("%1", str(len(posters))))
        return path

    def make_directory(self, path: Path | None = None) -> Path | None:
        """The market's directory board on A4 pages: grouped by lane when any shop has its place written, else by
        kind; shops without a channel address are named under it. Returns the file, or None."""
        from danggol_desktop.domain.poster_layouts import POSTER_LANGUAGE
        from danggol_desktop.poster.directory import export_directory
        from danggol_desktop.tasks import market_tasks

        shops, without = market_tasks.directory_shops(self._ws, self._market, POSTER_LANGUAGE)
        if not shops:
            self.posters_notice.show_text(self.tr("No shop of %1 has a channel address yet.").replace(
                "%1", self._market), "error")
            return None
        path = path or ask_save_path(self, self.tr("Save the directory board"), self.tr("%1 directory board")
                                     .replace("%1", self._market), "pdf")
        if path is None:
            return None
        by = "lane" if any(shop.location for shop in shops) else "kind"
        try:
            channel = market_tasks.market_channel(self._ws, self._market)
            made = export_directory(shops, self._market, by, "a4", path, overwrite=True,  # the save step asked
                                    market_link=channel.channel_url if channel is not None else "")
        except DanggolError as exc:
            self.posters_notice.show_text(describe_error(exc), "error")
            return None
        said = self.tr("%1 shops on %2 pages.").replace("%1", str(made.shops)).replace("%2", str(made.pages))
        if without:
            said += " " + self.tr("Not on it yet (no channel address): %1").replace(
                "%1", ", ".join(shop.name for shop in without))
        self.posters_notice.show_saved(path, before=said)
        return path

    def refresh(self) -> None:
        if self.table is not None:
            self.table.deleteLater()
        self.rows = shop_tasks.list_shops(self._ws)
        values: list[list[str]] = []
        for shop in self.rows:
            latest = friend_tasks.latest(self._ws, shop.id)
            mark = self.tr("(now)") if shop.id == self._active_id else ""
            values.append([shop.market, f"{shop.name} {mark}".strip(), self.tr("yes") if shop.channel_url else "-",
                           format_count(latest.count, self._language) if latest else "-"])
        table = make_table([self.tr("Market"), self.tr("Shop"), self.tr("Channel"), self.tr("Friends")], values,
                           self.tr("Shops"))
        fit_height(table)
        self.content.insertWidget(self.content.indexOf(self.notice) + 1, table)
        if self.rows:
            table.selectRow(0)
        self.table = self.first_focus = table
        self._point_out_same_names()
        self._refresh_archived()

    def _point_out_same_names(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for shop in self.rows:
            seen[(shop.market, shop.name)] = seen.get((shop.market, shop.name), 0) + 1
        shared = [name for (_market, name), n in seen.items() if n > 1]
        if shared:
            self.notice.setText(self.tr("Two shops have the same name: %1. Choose one and press Change to give it "
                                        "another name.").replace("%1", ", ".join(shared)))
            self.notice.show()

    def _refresh_archived(self) -> None:
        if self.archived_table is not None:
            self.archived_table.deleteLater()
            self.archived_table = None
        self.archived_rows = shop_tasks.list_shops(self._ws, archived=True)
        shown = bool(self.archived_rows)
        for widget in (self.archived_heading, self.archived_hint, self.unarchive_button):
            widget.setVisible(shown)
        if not shown:
            return
        table = make_table([self.tr("Market"), self.tr("Shop")],
                           [[shop.market, shop.name] for shop in self.archived_rows], self.tr("Put-away shops"))
        fit_height(table)
        self.content.insertWidget(self.content.indexOf(self.archived_hint) + 1, table)
        table.selectRow(0)
        self.archived_table = table

    def unarchive_selected(self) -> None:
        rows = self.archived_table.selectionModel().selectedRows() if self.archived_table is not None else []
        if not rows:
            return
        shop = self.archived_rows[rows[0].row()]
        try:
            back = save_or_tell(self, lambda: shop_tasks.unarchive_shop(self._ws, shop.id),
                                self.tr("%1 was not brought back.").replace("%1", shop.name), self._ws.data_dir)
        except DanggolError as exc:  # a shop of that name is in the list now
            self.notice.setText(describe_error(exc))
            self.notice.show()
            return
        if back is NOT_SAVED:
            return
        self.refresh()
        self.notice.setText(self.tr("%1 is back in the list, with all its records.").replace("%1", shop.name))
        self.notice.show()
        bring_into_view(self.notice)  # the answer, in view

    def selected(self) -> Shop | None:
        rows = self.table.selectionModel().selectedRows() if self.table is not None else []
        return self.rows[rows[0].row()] if rows else None

    def _with_selected(self, action) -> None:
        shop = self.selected()
        if shop is not None:
            action(shop)

    def archive(self, shop: Shop) -> None:
        if shop.id == self._active_id or len(self.rows) < 2:
            self.notice.setText(self.tr("The shop you are working on cannot be archived. Switch to another first."))
            self.notice.show()
            return
        if dialogs.ask_yes_no(self, self.tr("Archive the shop?"),
                              self.tr("%1 will leave the lists and reports. Its records are kept.").replace(
                                  "%1", shop.name), self.tr("Archive it"), self.tr("Keep it")):
            if save_or_tell(self, lambda: shop_tasks.archive_shop(self._ws, shop.id),
                            self.tr("%1 was not archived.").replace("%1", shop.name), self._ws.data_dir) is NOT_SAVED:
                return
            self.notice.setText(self.tr("%1 was archived; its records are kept.").replace("%1", shop.name))
            self.notice.show()
            self.refresh()
