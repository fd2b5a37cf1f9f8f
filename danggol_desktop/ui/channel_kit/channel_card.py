"""채널 만들기: a sketched walk through the KakaoTalk Channel admin app, then the channel's address and search ID."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from danggol_desktop.tasks import channel_kit_tasks as tasks
from danggol_desktop.ui.channel_kit.kit_context import KitContext, KitDraft
from danggol_desktop.ui.channel_kit.kit_steps import (
    FieldSpec,
    FieldsStep,
    FinishStep,
    GuideStep,
    KitCardPage,
)
from danggol_desktop.ui.channel_kit.phone_sketch import SketchRow


# -- making the channel ------------------------------------------------------------------------------------------
class ChannelCardPage(KitCardPage):
    def __init__(self, context: KitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Make the channel"), parent)
        guide = [
            (self.tr("Install the admin app"),
             self.tr("On your phone, open the Play Store (App Store on an iPhone), search for "
                     "'카카오톡 채널 관리자' and install it."),
             [SketchRow(self.tr("Play Store"), "title"), SketchRow("카카오톡 채널 관리자", "field", True),
              SketchRow(self.tr("Install"), "button")]),
            (self.tr("Log in"),
             self.tr("Open the app and log in with your Kakao account: the one you use for KakaoTalk."),
             [SketchRow("카카오톡 채널 관리자", "title"), SketchRow(self.tr("Log in with Kakao"), "yellow", True)]),
            (self.tr("Start a new channel"),
             self.tr("Press '새 채널 만들기' (make a new channel)."),
             [SketchRow(self.tr("My channels"), "title"), SketchRow(self.tr("(none yet)")),
              SketchRow("+ 새 채널 만들기", "yellow", True)]),
            (self.tr("Name and search ID"),
             self.tr("Write the channel's name (your shop's name) and a search ID. The search ID cannot be changed "
                     "later: write it carefully, for example your shop's name joined up."),
             [SketchRow(self.tr("New channel"), "title"), SketchRow(context.shop.name, "field", True),
              SketchRow("@" + context.shop.name.replace(" ", ""), "field", True),
              SketchRow(self.tr("Confirm"), "yellow")]),
            (self.tr("Find the channel's address"),
             self.tr("When the channel is made, open '채널 홈'. Under the channel's name, press the address that "
                     "starts with pf.kakao.com/_ and copy it."),
             [SketchRow(context.shop.name, "title"), SketchRow("pf.kakao.com/_xxxx", "row", True),
              SketchRow(self.tr("Channel home"), "button")]),
        ]
        total = len(guide) + 2
        for index, (heading, instruction, rows) in enumerate(guide):
            step_heading = self.tr("%1 of %2: %3").replace("%1", str(index + 1)).replace("%2", str(total)).replace(
                "%3", heading)
            self.add_step(GuideStep(self.draft, context, step_heading, instruction, rows))
        limits = context.kit.limits
        self.address_step = self.add_step(FieldsStep(
            self.draft, context,
            self.tr("%1 of %2: The channel's address and search ID").replace("%1", str(total - 1)).replace(
                "%2", str(total)),
            [FieldSpec("channel_url", self.tr("Channel address (pf.kakao.com/_…)"), 200,
                       default=lambda: context.shop.channel_url),
             FieldSpec("search_id", self.tr("Search ID (without @; you may leave it empty)"), limits.search_id_max,
                       hint=self.tr("Customers whose camera cannot read the QR can search for it in KakaoTalk."),
                       default=lambda: context.shop.search_id, too_long="search_id_too_long")],
            check=self._save))
        finish = FinishStep(self.draft, context, self.tr("%1 of %2: Done").replace("%1", str(total)).replace(
            "%2", str(total)), self.tr("Your channel's address is saved. Your posters now add friends to it."),
            "create_channel")
        self.finish_step = self.add_finish(finish)
        self.start()

    def _save(self, draft: KitDraft) -> object:
        shop = tasks.save_channel(self.context.workspace, self.context.shop.id, draft.get("channel_url"),
                                  draft.get("search_id"))
        self.context.refresh_shop()
        if shop.search_id:
            self.finish_step.instruction.setText(self.tr(
                "Your channel's address is saved. Your posters now add friends to it, and say '카카오톡에서 @%1 검색' "
                "under the QR code.").replace("%1", shop.search_id))
        return shop
