import xml.etree.ElementTree as ET

import pytest

from danggol_desktop import resources
from danggol_desktop.error_sentences import known_codes

TS = resources.translations_dir()


def messages(path):
    return list(ET.parse(path).iter("message"))


def translation(message) -> str:
    """The translated text; numerus entries give all their forms joined."""
    node = message.find("translation")
    return (node.text or "") + " | ".join(f.text or "" for f in node.findall("numerusform"))


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_entry_is_finished(language):
    found = messages(TS / f"danggol_{language}.ts")
    assert len(found) > 50
    unfinished = [m.findtext("source") for m in found
                  if m.find("translation").get("type") or not translation(m).strip()
                  or any(not (f.text or "").strip() for f in m.find("translation").findall("numerusform"))]
    assert unfinished == []


def test_korean_entries_are_korean():
    latin_only = [m.findtext("source") for m in messages(TS / "danggol_ko.ts")
                  if not any("\uac00" <= ch <= "\ud7a3" for ch in translation(m))]
    assert latin_only == []


def test_placeholders_survive_translation():
    for m in messages(TS / "danggol_ko.ts"):
        for marker in ("%1", "%2", "%3", "%n"):
            assert (marker in m.findtext("source")) == (marker in translation(m)), m.findtext("source")


def test_every_error_code_has_a_sentence():
    from danggol_desktop import error_sentences as msg

    sources = {m.findtext("source") for m in messages(TS / "danggol_ko.ts")}
    assert all(msg._TEXTS[code] in sources for code in known_codes())
    assert msg._FALLBACK in sources


def test_compiled_files_are_there():
    assert (TS / "danggol_ko.qm").stat().st_size > 1000
