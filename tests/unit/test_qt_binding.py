"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on Python 3.11 released a
reference to None on every call of a method returning void, so a long session ended in a fatal 'none_dealloc')."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
image = QImage(50, 50, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
label = QLabel()
before = sys.getrefcount(None)
for _ in range(2000):
    painter.drawLine(QPointF(0, 0), QPointF(5, 5))
    painter.setPen(Qt.PenStyle.NoPen)
    label.setText("가")
print(sys.getrefcount(None) - before)
painter.end()
"""


def test_void_qt_calls_keep_none_alive():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-500:]
    assert int(out.stdout.strip()) > -100  # a binding with the bug loses 6,000 here
