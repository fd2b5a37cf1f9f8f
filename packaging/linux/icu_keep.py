"""Which items of ICU's data the bundle keeps: what Qt can ask ICU for in a Korean/English app, and nothing else.

Qt 6.11's Core calls 31 ICU functions (`objdump -T libQt6Core.so.6`): converters (ucnv_*, QStringConverter's
non-Unicode codecs), collation (ucol_*, QCollator), time-zone names and canonical IDs (ucal_*, QTimeZone) and
locale-aware case mapping (u_strToUpper/Lower, whose tables are compiled into libicuuc). Its locale names, numbers,
dates and text breaking come from Qt's own tables; no other Qt library calls ICU.
The stock libicudata.so.73 carries every language of the world (30.6 MB); the bundle keeps:
  - the shared tables every lookup may touch (pool.res of each tree, res_index.res, supplemental data, likely
    subtags, plural rules, numbering systems, key types, time-zone tables, normalisation and stringprep data,
    property names, converter aliases) — whole;
  - the locale bundles of root, English and Korean in the trees those calls read (calendars and the rest of a
    locale's own bundle, collation, zone/region/language names for time-zone display names, currencies, units);
  - the Korean converters Qt could be asked for (CP949/EUC-KR, with the table they extend); ICU's UTF-8/16/32 and
    Latin-1 converters are code, not data.
Dropped, with the reason: other languages' bundles (the app speaks ko and en); break iteration (brkitr: rules and
the Chinese/Japanese/Thai/Lao/Khmer/Burmese dictionaries — Qt breaks text itself), spelled-out numbers (rbnf) and
transliteration, which no Qt call reaches; character names (unames.icu, for debugging tools); confusable-character
data; and about 200 legacy converters (EBCDIC, ISO-2022, Japanese, Chinese, Taiwanese code pages).

Run: python icu_keep.py ITEMS.txt > REMOVE.txt   (ITEMS from `icupkg -l`; REMOVE for `icupkg -r`)
"""

from __future__ import annotations

import sys
from pathlib import Path

LANGUAGES = ("root", "en", "en_US", "en_001", "ko", "ko_KR")
SHARED = {
    "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res", "metadata.res", "plurals.res",
    "numberingSystems.res", "keyTypeData.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res",
    "windowsZones.res", "currencyNumericCodes.res", "dayPeriods.res", "genderList.res", "grammaticalFeatures.res",
    "icuver.res", "icustd.res", "units.res", "langInfo.res", "ucadata.icu", "cnvalias.icu", "pnames.icu",
    "uemoji.icu", "ulayout.icu", "nfkc.nrm", "nfkc_cf.nrm", "uts46.nrm",
}
CONVERTERS = {"windows-949-2000.cnv", "ibm-1363_P11B-1998.cnv", "ibm-949_P110-1999.cnv", "ibm-949_P11A-1999.cnv",
              "ibm-970_P110_P110-2006_U2.cnv"}
DROPPED_TREES = {"brkitr", "rbnf", "translit"}


def keep(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES:
        return False
    if name in SHARED or name.endswith(".spp"):
        return True
    if name.endswith(".cnv"):
        return name in CONVERTERS
    if name.endswith(".res"):
        return name.removesuffix(".res") in LANGUAGES
    return False


def main() -> None:
    items = [line.strip() for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        if not keep(item):
            print(item)


if __name__ == "__main__":
    main()
