"""The bundled font carries Hangul even where the system has no Korean font at all."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from danggol_desktop.look import FONT_FAMILY

PROBE = textwrap.dedent(
    """
    import os
    from PySide6.QtGui import QFontDatabase, QRawFont
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    before = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)]
    from danggol_desktop.resources import load_fonts
    from danggol_desktop.ui.theme import Theme
    added = load_fonts()
    Theme().apply(app)
    raw = QRawFont.fromFont(app.font(), QFontDatabase.WritingSystem.Korean)
    has = raw.supportsCharacter
    print(repr(before), repr(added), raw.familyName(), has(ord("가")), has(ord("힣")))
    """
)


def test_fonts_load_on_a_machine_without_korean_fonts(tmp_path):
    empty_fonts = tmp_path / "fonts.conf"
    empty_fonts.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "nofonts"}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(empty_fonts), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert line.startswith("[]")  # the system offered no Korean font
    assert f"{FONT_FAMILY} True True" in line.replace("'", "")


def test_app_font_is_the_bundled_one(qapp):
    assert FONT_FAMILY in QFontDatabase.applicationFontFamilies(0) or FONT_FAMILY in QFontDatabase.families()
    assert QFontInfo(QApplication.font()).family() == FONT_FAMILY
    assert QApplication.font().pointSizeF() >= 18
    assert QRawFont.fromFont(QApplication.font(), QFontDatabase.WritingSystem.Korean).supportsCharacter(ord("단"))


def test_the_cut_down_emoji_font_has_every_emoji_the_app_offers(qapp):
    import json

    from PySide6.QtGui import QRawFont

    from danggol_desktop import resources
    from danggol_desktop.ui.message_wizard.sentence_step import EMOJI

    emoji_font = resources.asset("fonts", "NotoColorEmoji.ttf")
    assert emoji_font.stat().st_size < 1024 * 1024  # the cut-down font, not the 10.5 MB one
    raw = QRawFont(str(emoji_font), 24)
    assert raw.isValid()
    templates = json.loads(resources.asset("data", "message_templates.json").read_text(encoding="utf-8"))
    offered = set("".join(EMOJI)) | {ch for ch in json.dumps(templates, ensure_ascii=False) if ord(ch) >= 0x1F000}
    offered -= {"\ufe0f", "\u200d"}
    assert offered and [ch for ch in offered if not raw.supportsCharacter(ord(ch))] == []


def test_the_smoke_test_finds_characters_the_screen_would_draw_as_boxes(window):
    """`--smoke-test` (run on the frozen Linux and Windows builds) fails when the first screen has characters its
    fonts cannot draw — what a merchant sees as empty boxes when the bundled fonts did not load."""
    from PySide6.QtWidgets import QLabel

    from danggol_desktop.app import missing_glyphs

    assert missing_glyphs(window) == set()  # every word of the home screen, Hangul included
    box = QLabel("가게 \ue000", window.home)  # a private-use character: no font draws it
    box.show()
    assert missing_glyphs(window) == {"\ue000"}
    box.hide()
    assert missing_glyphs(window) == set()  # hidden text is not on the screen
