"""Printing the annotated report: Print, Print Preview and the annotated PDF, with the
Print dialog's choice of tags, reviewers and notes (remembered) and a progress dialog for
long reports.

A mixin of gui/handoff/feature.py (HandoffFeature), which provides what these methods use:
`controller`, `window`, `print_choice`, `last_path`, `_ready()`, `_outline()`,
`_default_path(...)`, `_is_own_file(path)`, `_status(text)` and `_error(title, exc)`.
Texts are translated in the HandoffFeature's context, where they have always been.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog

from model.errors import ModelError
from model.filenames import display_path

if TYPE_CHECKING:  # the rest is imported by the actions that use it (start-up time)
    from gui.handoff.annotation_choice import AnnotationChoice

#: Reports at least this long get a progress dialog while printing.
PROGRESS_CHARS = 150_000


class HandoffPrinting:
    """Print, Print Preview, Export Annotated PDF (see the module docstring)."""

    def annotated_html(self: Any, choice: AnnotationChoice | None = None) -> str:
        """The printout's HTML: every annotation, or those `choice` keeps."""
        from model.export.annotated_html import build_annotated_html

        c = self.controller
        chosen = {} if choice is None else {"tags": choice.tags, "authors": choice.authors,
                                            "include_notes": choice.include_notes}
        return build_annotated_html(c.report, self._outline(), c.annotation_set, lang=c.lang,
                                    **chosen)

    def ask_print_choice(self: Any, pdf: bool, mode: str = "print") -> AnnotationChoice | None:
        """Which tags, reviewers and notes to print (remembered); None when cancelled."""
        from gui.handoff.print_choice_dialog import PrintChoiceDialog

        choice = PrintChoiceDialog.get_choice(self.window, self.controller,
                                              self.print_choice, pdf, mode)
        if choice is not None:
            self.print_choice = choice
        return choice

    @Slot()
    def export_pdf(self: Any) -> Path | None:
        if not self._ready():
            return None
        from gui.handoff import dialogs as handoff_dialogs
        from gui.handoff import print_report

        c = self.controller
        choice = self.ask_print_choice(pdf=True)
        if choice is None:
            return None
        chosen = handoff_dialogs.ask_pdf_path(
            self.window, self._default_path("批注", "annotated", ".pdf", c.lang))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            if self._is_own_file(path):
                from model.errors import ExportUnwritable
                raise ExportUnwritable(str(path))
            pages = self._with_progress(lambda p: print_report.write_pdf(
                self.annotated_html(choice), path, p))
        except ModelError as exc:
            self._error(QCoreApplication.translate("HandoffFeature", "Export failed"), exc)
            return None
        if not pages:
            self._status(QCoreApplication.translate("HandoffFeature", "Cancelled."))
            return None
        self.last_path = path
        self._status(QCoreApplication.translate(
            "HandoffFeature", "Saved the annotated report (%n page(s)) to %1", "", pages)
                     .replace("%1", display_path(path)))
        return path

    @Slot()
    def print_report(self: Any) -> int:
        if not self._ready():
            return 0
        from PySide6.QtPrintSupport import QPrinter

        from gui.handoff import dialogs as handoff_dialogs
        from gui.handoff import print_report as printing

        choice = self.ask_print_choice(pdf=False)
        if choice is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.setup_page(printer)
        if not handoff_dialogs.ask_printer(self.window, printer):
            return 0
        pages = self._with_progress(lambda p: printing.print_html(
            self.annotated_html(choice), printer, p))
        self._status(QCoreApplication.translate("HandoffFeature", "Printed %n page(s).", "", pages)
                     if pages else QCoreApplication.translate("HandoffFeature", "Cancelled."))
        return pages

    @Slot()
    def print_preview(self: Any) -> int:
        """Qt's print preview of the printout, with the Print dialog's choices; returns
        the pages laid out (0 when cancelled)."""
        if not self._ready():
            return 0
        from PySide6.QtPrintSupport import QPrinter

        from gui.handoff import dialogs as handoff_dialogs
        from gui.handoff import print_report as printing

        choice = self.ask_print_choice(pdf=False, mode="preview")
        if choice is None:
            return 0
        html = self.annotated_html(choice)
        pages = [0]

        def paint(printer: QPrinter) -> None:
            pages[0] = printing.print_html(html, printer)

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.setup_page(printer)
        handoff_dialogs.show_print_preview(self.window, printer, paint)
        return pages[0]

    def _with_progress(self: Any, job: Callable[[object], int]) -> int:
        """Run a print job, with a cancellable progress dialog for long reports."""
        if self.controller.report.length < PROGRESS_CHARS:
            return job(None)
        dialog = QProgressDialog(
            QCoreApplication.translate("HandoffFeature", "Laying out the pages…"),
            QCoreApplication.translate("HandoffFeature", "Cancel"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        QApplication.processEvents()

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setLabelText(QCoreApplication.translate("HandoffFeature", "Page %1 of %2")
                                .replace("%1", str(done + 1)).replace("%2", str(total)))
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return job(progress)
        finally:
            dialog.close()
            dialog.deleteLater()
