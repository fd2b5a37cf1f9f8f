"""The main window: one stack of screens, home first; it rebuilds its screens when the language changes."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from danggol_desktop.domain.errors import DanggolError
from danggol_desktop.domain.preferences import Preferences
from danggol_desktop.domain.shop_record import Shop
from danggol_desktop.tasks import settings_tasks, shop_tasks
from danggol_desktop.ui.home_page import HomePage
from danggol_desktop.ui.services import Services
from danggol_desktop.ui.widgets import dialogs
from danggol_desktop.ui.widgets.page import Page, styled_label
from danggol_desktop.ui.widgets.save_guard import NOT_SAVED, save_or_tell

# Every screen but home is imported when first opened: start-up only pays for what the first screen shows.


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._shown_shop_id: int | None = None
        self.prefs: Preferences = settings_tasks.load_preferences(services.workspace)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.practice_banner = styled_label("", "banner")
        self.practice_banner.hide()
        layout.addWidget(self.practice_banner)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1280, 720)
        self.home = self._make_home()
        self.stack.addWidget(self.home)

    def show_as_chosen(self) -> None:
        """Open maximised (the whole screen for large text) unless the person last made the window smaller."""
        if self.prefs.maximized:
            self.showMaximized()
        else:
            self.show()

    def changeEvent(self, event) -> None:  # noqa: N802 - remember maximised or not, for the next start
        from PySide6.QtCore import QEvent, Qt

        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isVisible():
            maximized = bool(self.windowState() & Qt.WindowState.WindowMaximized)
            minimized = bool(self.windowState() & Qt.WindowState.WindowMinimized)
            if not minimized and maximized != self.prefs.maximized:
                self.prefs = self.prefs._replace(maximized=maximized)
                # the window size is not worth a message; it is tried again next time
                with contextlib.suppress(DanggolError):
                    settings_tasks.save_preferences(self.services.workspace, self.prefs)

    def active_shop(self) -> Shop:
        """The chosen shop; with none chosen, the one home shows (not whichever sorts first now: a shop added
        meanwhile must not take the records the screen names for another)."""
        shops = shop_tasks.list_shops(self.services.workspace)
        by_id = {s.id: s for s in shops}
        for wanted in (self.prefs.active_shop_id, self._shown_shop_id):
            if wanted is not None and wanted in by_id:
                return by_id[wanted]
        return shops[0]

    def build_pages(self) -> None:
        """(Re)create every screen in the current language; data lives in the database, so nothing is lost."""
        while self.stack.count():
            old = self.stack.widget(0)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.home = self._make_home()
        self.stack.addWidget(self.home)

    def _make_home(self) -> HomePage:
        shop = self.active_shop()
        self._shown_shop_id = shop.id
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Danggol — %1").replace("%1", shop.name))
        home = HomePage(shop.name, can_switch=shop_tasks.count_shops(self.services.workspace) > 1,
                        association=shop.is_association)
        home.job_requested.connect(self.open_job)
        home.settings_requested.connect(self.open_settings)
        home.switch_requested.connect(self.choose_shop)
        return home

    def update_practice_banner(self) -> None:
        """While a practice session is open, every screen says so."""
        from danggol_desktop.tasks.tutor_tasks import open_session

        try:
            session = open_session(self.services.workspace)
        except DanggolError:  # unreadable now: the banner stays as it was; the next screen tries again
            return
        if session is not None:
            self.practice_banner.setText(QCoreApplication.translate(
                "MainWindow", "Practice: %1 — messages written now are kept as practice, not counted as sent."
            ).replace("%1", session.topic))
        self.practice_banner.setVisible(session is not None)

    def _show(self, page: Page) -> None:
        self.update_practice_banner()
        if self.services.read_aloud is not None:
            page.enable_read_aloud(self.services.read_aloud)
        page.home_requested.connect(self.show_home)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._drop_others(keep=page)
        if page.first_focus is not None:
            page.first_focus.setFocus()

    def _drop_others(self, keep: QWidget) -> None:
        for index in reversed(range(self.stack.count())):
            page = self.stack.widget(index)
            if page is not None and page is not keep and page is not self.home:
                self.stack.removeWidget(page)
                page.deleteLater()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self._drop_others(keep=self.home)
        self.home.tiles["message"].setFocus()

    def open_job(self, job: str) -> None:
        {"friends": self.open_friends, "poster": self.open_poster, "message": self.open_message,
         "channel_kit": self.open_channel_kit, "tutor": self.open_tutor}[job]()

    def open_friends(self, day: date | None = None) -> None:
        from danggol_desktop.ui.friends.friends_page import FriendsPage

        shop = self.active_shop()
        from danggol_desktop.tasks.message_tasks import sent_days

        ws = self.services.workspace
        page = FriendsPage(shop, ws, self.services.appearance, self.services.today, self.prefs.language, day,
                           sent_days=lambda: sent_days(ws, shop.id))
        page.history_requested.connect(self.open_friend_history)
        self._show(page)

    def open_poster(self) -> None:
        # Posters pull in qrcode, Pillow and zxing-cpp: loaded when first asked for, not at start-up.
        from danggol_desktop import resources
        from danggol_desktop.domain.poster_layouts import load_catalog
        from danggol_desktop.tasks.channel_kit_tasks import current_coupon
        from danggol_desktop.ui.poster.poster_page import PosterPage

        catalog = load_catalog(resources.asset("data", "poster_layouts.json"))
        shop = self.active_shop()
        coupon = current_coupon(self.services.workspace, shop.id, self.services.today())
        page = PosterPage(shop, self.services.workspace, catalog, self.services.categories,
                          self.services.appearance, self.prefs.language, coupon.title if coupon else "")
        page.shop_changed.connect(lambda _shop: self._refresh_home())
        self._show(page)

    def _message_context(self):
        from danggol_desktop.ui.message_wizard.message_context import MessageContext

        s = self.services
        shop = self.active_shop()

        from danggol_desktop.tasks.tutor_tasks import open_session

        def pictures():
            from danggol_desktop.tasks.picture_tasks import list_pictures, picture_path

            return [(p.file, picture_path(s.workspace, p), p.draft.headline)
                    for p in list_pictures(s.workspace, shop.id)]

        return MessageContext.load(shop, s.workspace, s.categories, self.prefs.language, s.now,
                                   s.appearance.theme.px, practice=open_session(s.workspace) is not None,
                                   pictures=pictures)

    def open_message(self) -> None:
        """The message wizard; an unfinished draft is offered first (continuing is the default answer)."""
        from danggol_desktop.tasks import message_tasks

        shop = self.active_shop()
        ws = self.services.workspace
        unfinished = message_tasks.unfinished(ws, shop.id)
        if unfinished is not None:
            if dialogs.ask_yes_no(
                self, QCoreApplication.translate("MainWindow", "Continue?"),
                QCoreApplication.translate("MainWindow", "You have a message you had started. Continue writing it?"),
                QCoreApplication.translate("MainWindow", "Continue it"),
                QCoreApplication.translate("MainWindow", "Start a new one"), default_yes=True,
            ):
                self._show_wizard(unfinished.draft, unfinished.id)
                return
            if save_or_tell(self, lambda: message_tasks.discard_draft(ws, unfinished.id),
                            QCoreApplication.translate("MainWindow", "The message you had started was not put away."),
                            ws.data_dir) is NOT_SAVED:
                return
        self._show_wizard(None, None)

    def _show_wizard(self, draft, message_id) -> None:
        from danggol_desktop.ui.message_wizard.message_wizard_page import MessageWizardPage

        page = MessageWizardPage(self._message_context(), draft, message_id)
        page.box_requested.connect(self.open_message_box)
        self._show(page)

    def open_message_box(self) -> None:
        from danggol_desktop.ui.message_wizard.message_box_page import MessageBoxPage

        page = MessageBoxPage(self.active_shop(), self.services.workspace, self.prefs.language, self.services.today)
        page.write_requested.connect(self.open_message)
        page.reuse_requested.connect(self.reuse_message)
        page.pictures_requested.connect(self.open_pictures)
        self._show(page)

    def reuse_message(self, message) -> None:
        """A copy of an earlier message, opened at the sentence step as a new draft."""
        from dataclasses import replace as copy_with

        self._show_wizard(copy_with(message.draft, body=message.body, step=2), None)

    # -- the channel kit -------------------------------------------------------------------------------------------
    def _kit_context(self):
        from danggol_desktop.tasks.channel_kit_tasks import channel_kit
        from danggol_desktop.ui.channel_kit.kit_context import KitContext

        s = self.services
        return KitContext(self.active_shop(), s.workspace, channel_kit(), s.categories, self.prefs.language, s.today,
                          s.appearance.theme.px)

    def open_channel_kit(self) -> None:
        from danggol_desktop.ui.channel_kit.kit_page import ChannelKitPage

        page = ChannelKitPage(self._kit_context())
        page.card_requested.connect(self.open_kit_card)
        page.pictures_requested.connect(lambda: self.open_picture_maker())
        self._show(page)

    def open_kit_card(self, card: str) -> None:
        from danggol_desktop.ui.channel_kit.channel_card import ChannelCardPage
        from danggol_desktop.ui.channel_kit.coupon_card import CouponCardPage
        from danggol_desktop.ui.channel_kit.profile_card import ProfileCardPage
        from danggol_desktop.ui.channel_kit.text_cards import ChatCardPage, PostCardPage, WelcomeCardPage

        pages = {"channel": ChannelCardPage, "profile": ProfileCardPage, "welcome": WelcomeCardPage,
                 "coupon": CouponCardPage, "chat": ChatCardPage, "post": PostCardPage}
        page = pages[card](self._kit_context())
        page.list_requested.connect(self.open_channel_kit)
        page.picture_requested.connect(self.open_picture_maker)
        if card == "channel":
            page.list_requested.connect(self._refresh_home)
        self._show(page)

    # -- pictures ----------------------------------------------------------------------------------------------------
    def _picture_context(self):
        from danggol_desktop import resources
        from danggol_desktop.domain.picture import load_catalog
        from danggol_desktop.pictures.picture_output import PhotoCache
        from danggol_desktop.tasks.channel_kit_tasks import channel_kit, texts
        from danggol_desktop.ui.pictures.picture_steps import PictureContext

        s = self.services
        shop = self.active_shop()
        hours = texts(s.workspace, shop.id).get("hours", "")
        return PictureContext(shop, s.workspace, load_catalog(resources.asset("data", "picture_kinds.json")),
                              channel_kit().colour(shop.category), hours, self.prefs.language, s.today,
                              s.appearance.theme.px, PhotoCache())

    def open_pictures(self) -> None:
        from danggol_desktop.ui.pictures.my_pictures_page import MyPicturesPage

        page = MyPicturesPage(self._picture_context())
        page.make_requested.connect(self.open_picture_maker)
        self._show(page)

    def open_picture_maker(self, draft=None) -> None:
        from danggol_desktop.ui.pictures.picture_maker_page import PictureMakerPage

        page = PictureMakerPage(self._picture_context(), draft)
        page.pictures_requested.connect(self.open_pictures)
        self._show(page)

    # -- tutor mode --------------------------------------------------------------------------------------------------
    def open_tutor(self) -> None:
        from danggol_desktop.ui.tutor.tutor_home_page import TutorHomePage

        page = TutorHomePage()
        page.section_requested.connect(self.open_tutor_section)
        self._show(page)

    def open_tutor_section(self, section: str) -> None:
        s = self.services
        language = self.prefs.language
        page: Page
        if section == "shops":
            from danggol_desktop.ui.tutor.shops_page import ShopsPage

            shops_page = ShopsPage(s.workspace, language, self.active_shop().id)
            shops_page.add_requested.connect(lambda: self.open_shop_details(new=True))
            shops_page.edit_requested.connect(lambda shop: self.open_shop_details(shop=shop))
            shops_page.switch_requested.connect(self._switch_and_list)
            page = shops_page
        elif section == "practice":
            from danggol_desktop.ui.tutor.practice_page import PracticePage

            practice_page = PracticePage(s.workspace, s.today, language)
            practice_page.session_changed.connect(self.update_practice_banner)
            page = practice_page
        elif section == "curriculum":
            from danggol_desktop import resources
            from danggol_desktop.domain.curriculum import load_steps
            from danggol_desktop.ui.tutor.curriculum_page import CurriculumPage

            page = CurriculumPage(s.workspace, load_steps(resources.asset("data", "curriculum.json"), language),
                                  s.today, language, self.active_shop().market)
        elif section == "week":
            from danggol_desktop.ui.tutor.week_counts_page import WeekCountsPage

            markets = sorted({shop.market for shop in shop_tasks.list_shops(s.workspace)})
            page = WeekCountsPage(s.workspace, markets, s.today, language, self.active_shop().market)
        elif section == "market":
            from danggol_desktop.ui.tutor.market_page import MarketPage

            markets = sorted({shop.market for shop in shop_tasks.list_shops(s.workspace)})
            page = MarketPage(s.workspace, markets, s.today, language, self.active_shop().market)
        elif section == "report":
            from danggol_desktop.ui.tutor.report_page import ReportPage

            markets = sorted({shop.market for shop in shop_tasks.list_shops(s.workspace)})
            page = ReportPage(s.workspace, markets, s.today, language)
        else:
            from danggol_desktop.ui.tutor.transfer_page import TransferPage

            transfer_page = TransferPage(s.workspace, self.active_shop())
            transfer_page.imported.connect(self._refresh_home)
            transfer_page.rename_requested.connect(lambda shop: self.open_shop_details(shop=shop))
            page = transfer_page
        self._show(page)

    def _switch_and_list(self, shop: Shop) -> None:
        self.switch_shop(shop.id)
        self.open_tutor_section("shops")

    def switch_shop(self, shop_id: int) -> bool:
        """Work on another shop. The choice is saved first: if it cannot be (another program holds the file), the
        screens stay on the shop they show and say so — every record goes to the shop the screen names."""
        chosen = self.prefs._replace(active_shop_id=shop_id)
        ws = self.services.workspace
        not_switched = QCoreApplication.translate(
            "MainWindow", "The shop was not switched. You are still working on %1.")
        not_switched = not_switched.replace("%1", self.active_shop().name)
        if save_or_tell(self, lambda: settings_tasks.save_preferences(ws, chosen), not_switched,
                        ws.data_dir) is NOT_SAVED:
            return False
        self.prefs = chosen
        self._refresh_home()
        return True

    def choose_shop(self) -> None:
        """Quick switch from home: pick the shop to work on."""
        shops = shop_tasks.list_shops(self.services.workspace)
        labels = [f"{shop.market} · {shop.name}" for shop in shops]
        current = next(i for i, shop in enumerate(shops) if shop.id == self.active_shop().id)
        label, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("MainWindow", "Switch shop"),
            QCoreApplication.translate("MainWindow", "Which shop are you working on?"),
            labels,
            current,
            False,
        )
        if ok and label in labels:
            self.switch_shop(shops[labels.index(label)].id)

    def open_friend_history(self) -> None:
        from danggol_desktop.ui.friends.friend_history_page import FriendHistoryPage

        page = FriendHistoryPage(self.active_shop(), self.services.workspace, self.prefs.language)
        page.edit_requested.connect(self.open_friends)
        page.back_requested.connect(self.open_friends)
        self._show(page)

    def open_settings(self) -> None:
        from danggol_desktop.ui.settings.settings_page import SettingsPage

        shop = self.active_shop()
        page = SettingsPage(self.prefs, f"{shop.market} · {shop.name}")
        page.preferences_changed.connect(self.change_preferences)
        page.shop_details_requested.connect(self.open_shop_details)
        page.backups_requested.connect(self.open_backups)
        self._show(page)

    def open_backups(self) -> None:
        from danggol_desktop.ui.settings.backup_page import BackupPage

        page = BackupPage(self.services.workspace, self.prefs.language)
        page.restored.connect(self.after_restore)
        self._show(page)

    def after_restore(self) -> None:
        """Everything on screen is read again from the restored records."""
        self.prefs = settings_tasks.load_preferences(self.services.workspace)
        if not shop_tasks.list_shops(self.services.workspace):
            return
        self._refresh_home()

    def open_shop_details(self, shop=None, new: bool = False) -> None:
        from danggol_desktop.ui.settings.shop_details_page import ShopDetailsPage

        target = None if new else (shop or self.active_shop())
        page = ShopDetailsPage(target, self.services.workspace, self.services.categories, self.prefs.language)
        page.shop_changed.connect(lambda _shop: self._refresh_home())
        self._show(page)

    def change_preferences(self, prefs: Preferences) -> None:
        language_changed = prefs.language != self.prefs.language
        ws = self.services.workspace
        not_saved = QCoreApplication.translate("MainWindow", "The setting was not saved.")
        if save_or_tell(self, lambda: settings_tasks.save_preferences(ws, prefs), not_saved, ws.data_dir) is NOT_SAVED:
            return
        self.prefs = prefs
        self.services.appearance.apply(prefs)
        current = self.stack.currentWidget()
        if isinstance(current, Page):  # a new text size: what makes way is decided again
            QTimer.singleShot(0, current.fit_to_view)
        if language_changed and self.services.read_aloud is not None:
            self.services.read_aloud.set_language(prefs.language)
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
        self.stack.setCurrentWidget(current if current is not old_home and current is not None else self.home)
