"""The window's modal dialogs, one small function each, so tests can replace them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box with one OK button."""
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_report_path(parent: QWidget | None, directory: str = "") -> str | None:
    """Ask for a report to open; None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Messages", "Open report"), directory,
        QCoreApplication.translate("Messages", "Reports (*.txt *.md *.docx);;All files (*)"))
    return path or None


def show_about(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("Messages", "About Yuepi")
    text = QCoreApplication.translate(
        "Messages", "<b>Yuepi</b> — read and annotate Chinese official reports.<br>"
        "The outline beside the text follows your reading position.")
    QMessageBox.about(parent, title, text)
