"""Modal dialogs of the hand-on features (export, print, import), one small function each
so tests can replace them (like gui/common/messages.py), plus the tag-conflict chooser.
Chosen paths are the real ones (model.filenames.real_path, as in messages.py)."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.swatch import swatch_pixmap, tag_mark
from model.filenames import display_text, real_path
from model.sidecar.merge import TagConflict


def ask_export_path(parent: QWidget | None, default_path: str, name_filter: str) -> str | None:
    """Where to save an export; None when the user cancels."""
    title = QCoreApplication.translate("HandoffDialogs", "Export review")
    path, _filter = QFileDialog.getSaveFileName(parent, title, default_path, name_filter)
    return real_path(path) if path else None


def ask_pdf_path(parent: QWidget | None, default_path: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HandoffDialogs", "Export annotated PDF"),
        default_path, QCoreApplication.translate("HandoffDialogs", "PDF files (*.pdf)"))
    return real_path(path) if path else None


def ask_docx_save_path(parent: QWidget | None, default_path: str) -> str | None:
    """Where to save the annotated copy; None when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HandoffDialogs", "Export annotated copy"),
        default_path, QCoreApplication.translate("HandoffDialogs", "Word documents (*.docx)"))
    return real_path(path) if path else None


def ask_commented_docx(parent: QWidget | None, directory: str) -> str | None:
    """A .docx holding a colleague's comments; None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("HandoffDialogs", "Import comments"), directory,
        QCoreApplication.translate("HandoffDialogs", "Word documents (*.docx);;All files (*)"))
    return real_path(path) if path else None


def show_print_preview(parent: QWidget | None, printer: QPrinter,
                       paint: Callable[[QPrinter], object]) -> None:
    """Qt's print preview of what `paint` puts on `printer` (it may print from there)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("HandoffDialogs", "Print Preview"))
    dialog.paintRequested.connect(paint)
    if parent is not None:
        dialog.resize(max(720, parent.width()), max(640, parent.height()))
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def ask_sidecar_path(parent: QWidget | None, directory: str) -> str | None:
    """Another reviewer's annotation file; None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("HandoffDialogs", "Import annotations"), directory,
        QCoreApplication.translate(
            "HandoffDialogs", "Annotation files (*.annotations.json *.json);;All files (*)"))
    return real_path(path) if path else None


def ask_merge_other_report(parent: QWidget | None, file_name: str, their_report: str,
                           our_report: str, found: int, total: int) -> bool:
    """The annotation file was made for a different report
    (model.sidecar.merge.made_for_other_report): import it anyway? Default No."""
    box = other_report_box(parent, file_name, their_report, our_report, found, total)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def other_report_box(parent: QWidget | None, file_name: str, their_report: str,
                     our_report: str, found: int, total: int) -> QMessageBox:
    """The question of ask_merge_other_report, naming both reports; No is the default
    and Esc."""
    template = QCoreApplication.translate(
        "HandoffDialogs", "“%1” was made for the report “%2”, not for “%3”: only %4 of its "
        "%5 annotations were found in this text; the others would be added as orphans."
        "\n\nImport it anyway?")
    values = [file_name, their_report or "?", our_report, str(found), str(total)]
    text = re.sub(r"%([1-5])", lambda m: display_text(values[int(m.group(1)) - 1]), template)
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("HandoffDialogs",
                                                 "Annotations for another report"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("merge_other_report_box")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog on `printer`; False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class TagConflictDialog(QDialog):
    """One tag defined differently by the two reviewers: keep mine or take theirs.
    Attributes: mine_button, theirs_button, buttons."""

    def __init__(self, conflict: TagConflict, lang: str, reviewer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_conflict_dialog")
        self.setMinimumWidth(380)
        self.setWindowTitle(self.tr("Tag conflict"))
        question = QLabel(self.tr("The tag “%1” differs in the imported annotations. "
                              "Which version should be kept?")
                          .replace("%1", conflict.mine.label(lang)), self)
        question.setWordWrap(True)
        self.mine_button = QRadioButton(_describe(conflict.mine, lang, self.tr("Mine")), self)
        self.theirs_button = QRadioButton(
            _describe(conflict.theirs, lang, reviewer or self.tr("Theirs")), self)
        self.mine_button.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        for button, tag in ((self.mine_button, conflict.mine), (self.theirs_button, conflict.theirs)):
            row = QHBoxLayout()
            swatch = QLabel(self)
            swatch.setPixmap(swatch_pixmap(tag.color, 16, tag_mark(tag, lang),
                                           self.devicePixelRatioF()))
            row.addWidget(button)
            row.addWidget(swatch)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.buttons)

    def choice(self) -> str:
        return "theirs" if self.theirs_button.isChecked() else "mine"


def _describe(tag: object, lang: str, whose: str) -> str:
    return f"{whose}: {tag.label(lang)} ({tag.color})"


def ask_tag_conflicts(parent: QWidget | None, conflicts: list[TagConflict], lang: str,
                      reviewer: str = "") -> dict[str, str] | None:
    """Ask per conflicting tag; {tag_id: "mine"|"theirs"}, or None if the user cancels."""
    choices: dict[str, str] = {}
    for conflict in conflicts:
        dialog = TagConflictDialog(conflict, lang, reviewer, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choices[conflict.tag_id] = dialog.choice()
        finally:
            dialog.deleteLater()
    return choices
