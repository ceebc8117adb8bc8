"""The window's modal dialogs, one small function each, so tests can replace them.

A path Qt hands back has U+FFFD where a name held bytes that are not UTF-8: the dialogs
return the real path (model.filenames.real_path).

A notice for a window not shown yet (a report named on the command line is opened before
the window appears: missing file, report changed, damaged annotation file) waits until
the window is on screen, so it never comes over an empty desktop with no window behind it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from model.filenames import display_text, real_path


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box with one OK button. A file name in the text that is not UTF-8
    shows U+FFFD for its undecodable bytes (model/filenames.py)."""
    when_shown(parent, lambda: QMessageBox.warning(parent, display_text(title),
                                                   display_text(text)))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    when_shown(parent, lambda: QMessageBox.information(parent, display_text(title),
                                                       display_text(text)))


def when_shown(parent: QWidget | None, show: Callable[[], object]) -> None:
    """Call `show` now, or once `parent`'s window is shown (in the order asked)."""
    window = parent.window() if parent is not None else None
    if window is None or window.isVisible():
        show()
        return
    waiting = window.findChild(_Waiting, _Waiting.NAME) or _Waiting(window)
    waiting.calls.append(show)


class _Waiting(QObject):
    """The notices a hidden window owes, shown one after another once it is on screen."""

    NAME = "dialogs_waiting_for_the_window"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.calls: list[Callable[[], object]] = []
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            self.setObjectName("")  # later notices start a new queue
            QTimer.singleShot(0, self._run)  # after the window is painted
        return False

    def _run(self) -> None:
        calls, self.calls = self.calls, []
        for call in calls:
            call()
        self.deleteLater()


def ask_report_path(parent: QWidget | None, directory: str = "", title: str = "") -> str | None:
    """Ask for a report to open (`title`: the dialog's, else "Open report"); None when
    the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title or QCoreApplication.translate("Messages", "Open report"), directory,
        QCoreApplication.translate("Messages", "Reports (*.txt *.md *.docx *.pdf);;All files (*)"))
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
    Role = QMessageBox.ButtonRole
    return ask_question(
        parent, QCoreApplication.translate("Messages", "Annotations changed on disk"),
        QCoreApplication.translate(
            "Messages", "Another program changed “%1” while you were working.").replace(
            "%1", name),
        QCoreApplication.translate(
            "Messages", "Merge keeps the changes of both (recommended). Load Theirs drops your "
            "unsaved changes; Keep Mine overwrites theirs. Cancel decides later: your changes "
            "stay in this window but are not saved until then."),
        [("merge", QCoreApplication.translate("Messages", "Merge"), Role.AcceptRole),
         ("theirs", QCoreApplication.translate("Messages", "Load Theirs"), Role.DestructiveRole),
         ("mine", QCoreApplication.translate("Messages", "Keep Mine"), Role.DestructiveRole),
         (None, QMessageBox.StandardButton.Cancel, Role.RejectRole)],
        default="merge")


def ask_question(parent: QWidget | None, title: str, text: str, informative: str,
                 buttons: list[tuple[str | None, str | QMessageBox.StandardButton,
                                     QMessageBox.ButtonRole]],
                 default: str | None) -> str | None:
    """A question box: `buttons` are (answer, label or standard button, role); the answer
    of the button clicked, `default`'s button taking Enter. Esc or closing the box is the
    last button's answer (the one deciding nothing)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(informative)
    made = [(answer, box.addButton(label) if isinstance(label, QMessageBox.StandardButton)
             else box.addButton(label, role)) for answer, label, role in buttons]
    box.setDefaultButton(next(b for answer, b in made if answer == default))
    box.setEscapeButton(made[-1][1])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in made if clicked is button), made[-1][0])


def ask_sidecar_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save the annotations instead; None when the user cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Messages", "Save annotations as"), suggested,
        QCoreApplication.translate("Messages", "Annotations (*.json);;All files (*)"))
    return real_path(path) if path else None


def ask_author_identity(parent: QWidget | None, name: str, unit: str) -> tuple[str, str] | None:
    """The reviewer's name and unit (asked at the first tag when no name is set, and by
    Edit › Set Author Name…); None when the user cancels or leaves the name empty."""
    from gui.common.author_dialog import AuthorDialog

    dialog = AuthorDialog(name, unit, parent)
    try:
        if dialog.exec() != AuthorDialog.DialogCode.Accepted:
            return None
        return dialog.identity()
    finally:
        dialog.deleteLater()
