"""The window's modal dialogs, one small function each, so tests can replace them.

A path Qt hands back has U+FFFD where a name held bytes that are not UTF-8: the dialogs
return the real path (model.filenames.real_path)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from model.filenames import display_text, real_path


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box with one OK button. A file name in the text that is not UTF-8
    shows U+FFFD for its undecodable bytes (model/filenames.py)."""
    QMessageBox.warning(parent, display_text(title), display_text(text))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, display_text(title), display_text(text))


def ask_report_path(parent: QWidget | None, directory: str = "") -> str | None:
    """Ask for a report to open; None when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Messages", "Open report"), directory,
        QCoreApplication.translate("Messages", "Reports (*.txt *.md *.docx);;All files (*)"))
    return real_path(path) if path else None


def about_text() -> str:
    from model.sidecar.format import APP

    return QCoreApplication.translate(
        "Messages", "<b>Yuepi</b> %1 — read and annotate Chinese official reports.<br>"
        "The outline beside the text follows your reading position; annotations are saved "
        "beside the report as you work.<br>Help › Keyboard Shortcuts (F1) lists every key."
    ).replace("%1", APP.split()[-1])


def show_about(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("Messages", "About Yuepi")
    QMessageBox.about(parent, title, about_text())


def ask_user_word(parent: QWidget | None, word: str = "") -> str | None:
    """Ask for a word to add to the reviewer's dictionary; None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Messages", "Add word to dictionary"),
        QCoreApplication.translate(
            "Messages", "Word (it will be kept as one word when the text is segmented):"),
        QLineEdit.EchoMode.Normal, word)
    return text.strip() or None if ok else None


def ask_conflict_choice(parent: QWidget | None, name: str) -> str | None:
    """The annotation file changed on disk: "merge" (the default: both sides' changes),
    "theirs" (load that version), "mine" (overwrite it), or None — Esc or closing the box
    decides nothing (the conflict stays open and the reviewer is asked again later)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Messages", "Annotations changed on disk"),
                      QCoreApplication.translate(
                          "Messages", "Another program changed “%1” while you were working."
                          ).replace("%1", name), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Messages", "Merge keeps the changes of both (recommended). Load Theirs drops your "
        "unsaved changes; Keep Mine overwrites theirs. Cancel decides later: your changes "
        "stay in this window but are not saved until then."))
    merge = box.addButton(QCoreApplication.translate("Messages", "Merge"),
                          QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(QCoreApplication.translate("Messages", "Load Theirs"),
                           QMessageBox.ButtonRole.DestructiveRole)
    mine = box.addButton(QCoreApplication.translate("Messages", "Keep Mine"),
                         QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in ((merge, "merge"), (theirs, "theirs"),
                                               (mine, "mine")) if clicked is button), None)


def ask_sidecar_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save the annotations instead; None when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Messages", "Save annotations as"), suggested,
        QCoreApplication.translate("Messages", "Annotations (*.json);;All files (*)"))
    return real_path(path) if path else None


def ask_author_name(parent: QWidget | None, current: str) -> str | None:
    """The reviewer's name for new annotations; None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Messages", "Author name"),
        QCoreApplication.translate("Messages", "Your name, stored with each annotation:"),
        QLineEdit.EchoMode.Normal, current)
    return text.strip() or None if ok else None
