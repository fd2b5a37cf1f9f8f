"""What Qt asks of ICU in this app, printed so the stock and the slim ICU data can be compared (slim_icu.sh).

Exits non-zero when an answer is plainly wrong, so a slim library that loads but finds no data fails loudly."""

import functools
import sys

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone

app = QCoreApplication(sys.argv)
names = ["해남채소", "가나다", "바다수산", "Apple", "apple", "나무", "1번가게", "ㄱ가게"]
answers = []
for locale in ("ko_KR", "en_US"):
    collator = QCollator(QLocale(locale))
    answers.append(" ".join(sorted(names, key=functools.cmp_to_key(collator.compare))))
    seoul = QTimeZone(b"Asia/Seoul")
    answers.append(seoul.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)))
answers.append(QLocale("tr_TR").toUpper("ıi") + QLocale("ko_KR").toUpper("straße"))
answers.append(" ".join(f"{name}={QStringDecoder(name).isValid()}" for name in ("EUC-KR", "CP949", "UTF-8", "latin1")))
print("\n".join(answers))
if "대한민국" not in answers[1] or not answers[0].startswith("1번가게 ㄱ가게 가나다") or "CP949=False" in answers[-1]:
    sys.exit("ICU gave no Korean answers: its data is missing")
