"""The main window: one stack of screens, home first; it rebuilds its screens when the language changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from danggol_desktop.domain.categories import Category
from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.storage.friend_count_repo import FriendCountRepo
from danggol_desktop.storage.message_repo import MessageRepo
from danggol_desktop.storage.poster_repo import PosterRepo
from danggol_desktop.storage.settings_repo import SettingsRepo
from danggol_desktop.storage.shop_repo import Shop, ShopRepo
from danggol_desktop.ui.appearance import Appearance
from danggol_desktop.ui.home_page import HomePage
from danggol_desktop.ui.widgets import dialogs

# Every screen but home is imported when first opened: start-up only pays for what the first screen shows.


@dataclass
class Services:
    """What the windows need, built once in app.py and handed down."""

    shops: ShopRepo
    settings: SettingsRepo
    friends: FriendCountRepo
    posters: PosterRepo
    messages: MessageRepo
    categories: list[Category]
    appearance: Appearance
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prefs: Preferences = services.settings.load()
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home: HomePage | None = None
        self.resize(1280, 720)
        self.build_pages()

    def active_shop(self) -> Shop:
        shops = self.services.shops.list()
        by_id = {s.id: s for s in shops}
        return by_id.get(self.prefs.active_shop_id) or shops[0]

    def build_pages(self) -> None:
        """(Re)create every screen in the current language; data lives in the database, so nothing is lost."""
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.home = self._make_home()
        self.stack.addWidget(self.home)

    def _make_home(self) -> HomePage:
        shop = self.active_shop()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Danggol — %1").replace("%1", shop.name))
        home = HomePage(shop.name)
        home.job_requested.connect(self.open_job)
        home.settings_requested.connect(self.open_settings)
        return home

    def _show(self, page: QWidget) -> None:
        if hasattr(page, "home_requested"):
            page.home_requested.connect(self.show_home)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._drop_others(keep=page)
        if getattr(page, "first_focus", None) is not None:
            page.first_focus.setFocus()

    def _drop_others(self, keep: QWidget) -> None:
        for index in reversed(range(self.stack.count())):
            page = self.stack.widget(index)
            if page is not keep and page is not self.home:
                self.stack.removeWidget(page)
                page.deleteLater()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self._drop_others(keep=self.home)
        self.home.tiles["message"].setFocus()

    def open_job(self, job: str) -> None:
        opener = {"friends": self.open_friends, "poster": self.open_poster, "message": self.open_message}.get(job)
        if opener is not None:
            opener()
            return
        from danggol_desktop.ui.coming_soon_page import ComingSoonPage

        self._show(ComingSoonPage(self.home.job_texts()[job][0]))

    def open_friends(self, day: date | None = None) -> None:
        from danggol_desktop.ui.friends.friends_page import FriendsPage

        shop = self.active_shop()
        page = FriendsPage(shop, self.services.friends, self.services.appearance, self.services.today,
                           self.prefs.language, day, sent_days=lambda: self.services.messages.sent_days(shop.id))
        page.history_requested.connect(self.open_friend_history)
        self._show(page)

    def open_poster(self) -> None:
        # Posters pull in qrcode, Pillow and zxing-cpp: loaded when first asked for, not at start-up.
        from danggol_desktop import resources
        from danggol_desktop.domain.poster_layouts import load_catalog
        from danggol_desktop.ui.poster.poster_page import PosterPage

        catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
        page = PosterPage(self.active_shop(), self.services.shops, self.services.posters, catalog,
                          self.services.appearance, self.prefs.language)
        page.shop_changed.connect(lambda _shop: self._refresh_home())
        self._show(page)

    def _message_context(self):
        from danggol_desktop.ui.message_wizard.message_context import MessageContext

        s = self.services
        return MessageContext.load(self.active_shop(), s.messages, s.friends, s.categories, self.prefs.language, s.now,
                                   s.appearance.theme.px)

    def open_message(self) -> None:
        """The message wizard; an unfinished draft is offered first (continuing is the default answer)."""
        shop = self.active_shop()
        unfinished = self.services.messages.unfinished(shop.id)
        if unfinished is not None:
            if dialogs.ask_yes_no(
                self, QCoreApplication.translate("MainWindow", "Continue?"),
                QCoreApplication.translate("MainWindow", "You have a message you had started. Continue writing it?"),
                QCoreApplication.translate("MainWindow", "Continue it"),
                QCoreApplication.translate("MainWindow", "Start a new one"), default_yes=True,
            ):
                self._show_wizard(unfinished.draft, unfinished.id)
                return
            self.services.messages.discard(unfinished.id)
        self._show_wizard(None, None)

    def _show_wizard(self, draft, message_id) -> None:
        from danggol_desktop.ui.message_wizard.message_wizard_page import MessageWizardPage

        page = MessageWizardPage(self._message_context(), draft, message_id)
        page.box_requested.connect(self.open_message_box)
        self._show(page)

    def open_message_box(self) -> None:
        from danggol_desktop.ui.message_wizard.message_box_page import MessageBoxPage

        page = MessageBoxPage(self.active_shop(), self.services.messages, self.prefs.language)
        page.write_requested.connect(self.open_message)
        page.reuse_requested.connect(self.reuse_message)
        self._show(page)

    def reuse_message(self, message) -> None:
        """A copy of an earlier message, opened at the sentence step as a new draft."""
        from dataclasses import replace as copy_with

        self._show_wizard(copy_with(message.draft, body=message.body, step=2), None)

    def open_friend_history(self) -> None:
        from danggol_desktop.ui.friends.friend_history_page import FriendHistoryPage

        page = FriendHistoryPage(self.active_shop(), self.services.friends, self.prefs.language)
        page.edit_requested.connect(self.open_friends)
        page.back_requested.connect(self.open_friends)
        self._show(page)

    def open_settings(self) -> None:
        from danggol_desktop.ui.settings.settings_page import SettingsPage

        shop = self.active_shop()
        page = SettingsPage(self.prefs, f"{shop.market} · {shop.name}")
        page.preferences_changed.connect(self.change_preferences)
        page.shop_details_requested.connect(self.open_shop_details)
        self._show(page)

    def open_shop_details(self) -> None:
        from danggol_desktop.ui.settings.shop_details_page import ShopDetailsPage

        page = ShopDetailsPage(self.active_shop(), self.services.shops, self.services.categories, self.prefs.language)
        page.shop_changed.connect(lambda _shop: self._refresh_home())
        self._show(page)

    def change_preferences(self, prefs: Preferences) -> None:
        language_changed = prefs.language != self.prefs.language
        self.prefs = prefs
        self.services.settings.save(prefs)
        self.services.appearance.apply(prefs)
        if language_changed:
            self.build_pages()
            self.open_settings()

    def _refresh_home(self) -> None:
        current = self.stack.currentWidget()
        old_home = self.home
        self.home = self._make_home()
        self.stack.insertWidget(0, self.home)
        self.stack.removeWidget(old_home)
        old_home.deleteLater()
        self.stack.setCurrentWidget(current)
