"""The app's own print step, driven as a person would: its buttons pressed by name, then 인쇄하기 or 취소."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from danggol_desktop.ui.poster import print_step

PRINTERS = [print_step.Printer("Office_Laser", "사무실 레이저 프린터", default=True),
            print_step.Printer("Shop_Inkjet", "가게 잉크젯")]


def fake_printers(monkeypatch, tmp_path) -> dict:
    """PRINTERS set up on this computer, whatever the machine has (CI has no CUPS; a developer's may have a real
    queue): what is 'sent' to one is written to a PDF file, and the dict says which printer was opened, on what paper
    and how many sheets."""
    from danggol_desktop.ui.poster import poster_page

    sent: dict = {"out": tmp_path / "printed.pdf"}
    monkeypatch.setattr(print_step, "system_printers", lambda: list(PRINTERS))

    def open_printer(name):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(sent["out"]))
        sent["printer"], sent["qprinter"] = name, printer
        return printer

    monkeypatch.setattr(poster_page, "open_printer", open_printer)
    return sent


def answer_print_step(monkeypatch, qtbot, presses=(), accept=True, seen=None):
    """Drive the app's own print step when it opens: press its buttons by name, then 인쇄하기 (or 취소)."""
    def fake_exec(dialog):
        dialog.show()
        if seen is not None:
            seen["dialog"] = dialog
            seen["sketch"] = dialog.sketch.grab().toImage()
            seen["paper_words"] = dialog.paper_label.text()
        for press in presses:
            qtbot.mouseClick(press(dialog), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.print_button if accept else dialog.cancel_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def system_dialog(*_a, **_k):
        raise AssertionError("the system's print dialog was opened on a merchant's path")

    monkeypatch.setattr(print_step.PrintStepDialog, "exec", fake_exec)
    monkeypatch.setattr(QPrintDialog, "exec", system_dialog, raising=False)
