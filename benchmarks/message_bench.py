"""Characters-per-keystroke responsiveness: types a 1,300-character message into the wizard's editor one character
at a time and prints the median and worst time per keystroke (editor, clean-up, live counter and its colour).

usage: python benchmarks/message_bench.py   Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from danggol_desktop import resources  # noqa: E402
from danggol_desktop.domain.categories import load_categories  # noqa: E402
from danggol_desktop.domain.clock import system_clock
from danggol_desktop.domain.preferences import Preferences  # noqa: E402
from danggol_desktop.domain.shop import ShopDetails  # noqa: E402
from danggol_desktop.resources import load_fonts  # noqa: E402
from danggol_desktop.storage.database import open_database  # noqa: E402
from danggol_desktop.storage.shop_repo import ShopRepo  # noqa: E402
from danggol_desktop.tasks.workspace import Workspace  # noqa: E402
from danggol_desktop.ui.appearance import Appearance  # noqa: E402
from danggol_desktop.ui.message_wizard.message_context import MessageContext  # noqa: E402
from danggol_desktop.ui.message_wizard.message_wizard_page import MessageWizardPage  # noqa: E402

TEXT = ("[해남채소] 배추 특가 안내드려요! 😊 오늘 들어온 싱싱한 해남 배추를 한 망에 9,900원에 드려요.\n" * 40)[:1300]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    load_fonts()
    appearance = Appearance(app, resources.translations_dir())
    appearance.apply(Preferences())
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "d.sqlite", clock=system_clock())
        shop = ShopRepo(db).add(ShopDetails("해남채소", "신영시장", "vegetables", "010-1234-5678"))
        context = MessageContext.load(shop, Workspace(db, Path(tmp)),
                                      load_categories(resources.asset("data", "categories.json")), "ko",
                                      db.clock.local_now, appearance.theme.px)
        page = MessageWizardPage(context)
        page.resize(1366, 768)
        page.show()
        page.kind_step.choose("greeting")
        page.fields_step.fields["occasion"].set_text("김장철")
        page.go_next()
        editor = page.sentence_step.editor
        editor.clear()
        app.processEvents()
        counter = page.sentence_step.counter
        times = []
        for ch in TEXT:
            start = time.perf_counter()
            if "\uac00" <= ch <= "\ud7a3":  # Hangul arrives as the input method sends it: composing, then committed
                QApplication.sendEvent(editor, QInputMethodEvent(ch, []))
                app.processEvents()
                commit = QInputMethodEvent()
                commit.setCommitString(ch)
                QApplication.sendEvent(editor, commit)
            else:
                editor.textCursor().insertText(ch)
            app.processEvents()
            editor.viewport().repaint()  # each keystroke timed until the person sees it: the text and the count
            counter.repaint()
            times.append(time.perf_counter() - start)
        shown = page.sentence_step.counter.text().splitlines()[0]
        print(
            f"typed {len(TEXT):,} characters ({shown}): per keystroke median {statistics.median(times) * 1000:.2f} ms, "
            f"95th percentile {sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms, worst {max(times) * 1000:.2f} ms"
        )
        page.close()
        db.conn.close()


if __name__ == "__main__":
    main()
